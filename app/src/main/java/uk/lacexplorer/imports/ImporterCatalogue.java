package uk.lacexplorer.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.lacexplorer.i18n.UserError;

/** Every importer, by kind. New importers are added to {@link #standard()}. */
public final class ImporterCatalogue {
  private final List<Importer> importers;

  public ImporterCatalogue(List<Importer> importers) {
    this.importers = importers.stream().sorted(Comparator.comparing(Importer::kind)).toList();
  }

  public static ImporterCatalogue standard() {
    List<Importer> all = new ArrayList<>();
    // Registered by the importer packages: see StandardImporters.
    all.addAll(StandardImporters.all());
    return new ImporterCatalogue(all);
  }

  public List<Importer> all() {
    return importers;
  }

  public Optional<Importer> find(String kind) {
    return importers.stream().filter(importer -> importer.kind().equals(kind)).findFirst();
  }

  public Importer get(String kind) {
    return find(kind).orElseThrow(() -> new UserError("unknown import kind '" + kind + "': use one of "
        + String.join(", ", importers.stream().map(Importer::kind).toList())));
  }
}
