package uk.lacexplorer.imports;

import java.util.List;

/** The list of importers LAC Explorer ships. Each importer package adds its importers here. */
final class StandardImporters {
  private StandardImporters() {
  }

  static List<Importer> all() {
    return List.of();
  }
}
