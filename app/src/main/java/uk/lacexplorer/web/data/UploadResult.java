package uk.lacexplorer.web.data;

import uk.lacexplorer.store.ImportSummary;

/**
 * What an upload did: imported (with counts of added, changed and unchanged values and the source it is recorded
 * under) or only checked (values read, nothing saved).
 */
public record UploadResult(boolean saved, String sourceId, int added, int changed, int unchanged, int checkedValues) {
  static UploadResult imported(ImportSummary summary) {
    return new UploadResult(true, summary.sourceId(), summary.added(), summary.changed(), summary.unchanged(), 0);
  }

  static UploadResult checked(int values) {
    return new UploadResult(false, "", 0, 0, 0, values);
  }
}
