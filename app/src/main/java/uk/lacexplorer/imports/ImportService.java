package uk.lacexplorer.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.store.ImportSummary;
import uk.lacexplorer.store.ObservationStore;

/** Imports one official file into the store: all of it, or (with every problem listed) none of it. */
public final class ImportService {
  private final ObservationStore store;
  private final ImporterCatalogue importers;
  private final MeasureCatalogue measures;

  public ImportService(ObservationStore store, ImporterCatalogue importers, MeasureCatalogue measures) {
    this.store = store;
    this.importers = importers;
    this.measures = measures;
  }

  /** Reads the file without saving anything. */
  public ImportResult check(String kind, Path file, Map<String, String> options) {
    Importer importer = importers.get(kind);
    if (!Files.isRegularFile(file)) throw UserError.of("error.import.noSuchFile", file);
    ImportResult result = importer.read(file, new ImportContext(store.areas(), measures, options));
    if (result instanceof ImportResult.Loaded loaded) {
      var impossible = ValueBounds.problems(file.toString(), loaded.observations(), measures);
      if (!impossible.isEmpty()) return new ImportResult.Rejected(file.toString(), impossible);
    }
    return result;
  }

  public ImportSummary importFile(String kind, Path file, Map<String, String> options) {
    ImportResult result = check(kind, file, options);
    if (result instanceof ImportResult.Rejected rejected) {
      throw new ImportRejectedException(rejected.problems());
    }
    ImportResult.Loaded loaded = (ImportResult.Loaded) result;
    return store.save(loaded.source(), loaded.observations());
  }
}
