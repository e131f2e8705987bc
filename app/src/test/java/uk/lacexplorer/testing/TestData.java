package uk.lacexplorer.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.dataset.Dataset;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.dataset.DatasetLoader;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;

/** Shared test data: the shipped dataset's areas, import contexts, fixture paths and fresh in-memory stores. */
public final class TestData {
  private static Dataset shipped;

  private TestData() {
  }

  /** The committed dataset (copied onto the class path from {@code dataset/} by the build). */
  public static synchronized Dataset shipped() {
    if (shipped == null) shipped = DatasetFiles.read(DatasetFiles.Location.classpath());
    return shipped;
  }

  public static AreaRegistry areas() {
    return new AreaRegistry(shipped().areas(), shipped().aliases());
  }

  public static ImportContext context(Map<String, String> options) {
    return new ImportContext(areas(), MeasureCatalogue.standard(), options);
  }

  public static ImportContext context() {
    return context(Map.of());
  }

  /** A fixture under {@code src/test/resources/imports/}. */
  public static Path fixture(String relative) {
    try {
      return Path.of(TestData.class.getResource("/imports/" + relative).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("fixture missing: " + relative, e);
    }
  }

  /** A new in-memory H2 database with the shipped dataset loaded. */
  public static Database freshDatabase() {
    return Database.open(Database.inMemoryUrl("test-" + UUID.randomUUID()));
  }

  public static JdbcObservationStore shippedStore(Database database) {
    JdbcObservationStore store = new JdbcObservationStore(database);
    DatasetLoader.ensureLoaded(store, DatasetFiles.Location.classpath());
    return store;
  }
}
