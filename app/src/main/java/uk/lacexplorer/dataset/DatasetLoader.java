package uk.lacexplorer.dataset;

import java.util.Optional;
import uk.lacexplorer.store.ObservationStore;

/**
 * Loads the shipped dataset into the store when the store does not hold this version of it yet (first start, or
 * after an upgrade). A later start with the same dataset does nothing.
 */
public final class DatasetLoader {
  public static final String SHIPPED = "shipped";

  private DatasetLoader() {
  }

  /** Returns true when it loaded (the store was empty or held another version). */
  public static boolean ensureLoaded(ObservationStore store, DatasetFiles.Location location) {
    String fingerprint = DatasetFiles.fingerprint(location);
    Optional<String> current = store.datasetFingerprint(SHIPPED);
    if (current.isPresent() && current.get().equals(fingerprint)) return false;
    Dataset dataset = DatasetFiles.read(location);
    store.loadDataset(SHIPPED, fingerprint, dataset.areas(), dataset.aliases(), dataset.sources(), dataset.observations());
    return true;
  }
}
