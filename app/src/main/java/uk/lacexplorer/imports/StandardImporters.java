package uk.lacexplorer.imports;

import java.util.List;

/** The list of importers LAC Explorer ships. Each importer package adds its importers here. */
final class StandardImporters {
  private StandardImporters() {
  }

  static List<Importer> all() {
    List<Importer> all = new java.util.ArrayList<>();
    // England (DfE)
    all.addAll(uk.lacexplorer.imports.dfe.DfeImporters.all());
    return List.copyOf(all);
  }
}
