package uk.lacexplorer.imports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.lacexplorer.i18n.UserError;

/** Importers by kind; the shipped set is {@code uk.lacexplorer.imports.standard.StandardImporters#catalogue()}. */
public final class ImporterCatalogue {
  private final List<Importer> importers;

  public ImporterCatalogue(List<Importer> importers) {
    this.importers = importers.stream().sorted(Comparator.comparing(Importer::kind)).toList();
  }

  public List<Importer> all() {
    return importers;
  }

  public Optional<Importer> find(String kind) {
    return importers.stream().filter(importer -> importer.kind().equals(kind)).findFirst();
  }

  public Importer get(String kind) {
    return find(kind).orElseThrow(() -> UserError.of("error.choice.unknown", uk.lacexplorer.i18n.Arg.option("kind"),
        uk.lacexplorer.i18n.Choices.shorten(String.valueOf(kind)), uk.lacexplorer.i18n.Arg.choice(
            importers.stream().map(Importer::kind).toList())));
  }
}
