package uk.lacexplorer.observation;

import java.util.Objects;

/**
 * Where observations came from: the official publication and the file it was read from.
 *
 * @param id short stable identifier, e.g. {@code statswales_cla_2012}
 * @param title the publication or table title
 * @param publisher e.g. "Welsh Government (StatsWales)"
 * @param licence e.g. "Open Government Licence v3.0"
 * @param file the file name as downloaded
 * @param sha256 hash of the file's bytes, so a re-import of the same file is recognised
 */
public record Source(String id, String title, String publisher, String licence, String url, String file, String sha256) {
  public static final String OGL = "Open Government Licence v3.0";

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    publisher = publisher == null ? "" : publisher;
    licence = licence == null ? OGL : licence;
    url = url == null ? "" : url;
    file = file == null ? "" : file;
    sha256 = sha256 == null ? "" : sha256;
  }
}
