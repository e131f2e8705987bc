package uk.lacexplorer.dataset;

import java.util.Map;

/**
 * One raw file read into the dataset: the importer kind, the file's path under the raw folder, and importer options
 * (values naming files are paths under the raw folder too, written {@code raw:path}).
 */
public record DatasetStep(String kind, String file, Map<String, String> options) {
  public DatasetStep {
    options = Map.copyOf(options);
  }

  public static DatasetStep of(String kind, String file) {
    return new DatasetStep(kind, file, Map.of());
  }
}
