package uk.lacexplorer.web.data;

/** What was entered in the upload form, shown again when there is a problem. */
public record UploadForm(String kind, String options, boolean checkOnly) {
  static UploadForm empty() {
    return new UploadForm("", "", false);
  }
}
