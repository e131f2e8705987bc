package uk.lacexplorer.imports.dfe;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.lacexplorer.observation.Source;

/** The {@link Source} records of DfE files: publisher, licence and a stable id made from the file kind and its years. */
final class DfeSources {
  static final String PUBLISHER = "Department for Education";
  static final String EES_URL =
      "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions";
  static final String SFR_URL =
      "https://www.gov.uk/government/collections/statistics-looked-after-children";

  private DfeSources() {
  }

  static Source of(String id, String title, String url, DfeTable table) {
    return new Source(id, title, PUBLISHER, Source.OGL, url, table.fileName(), sha256(table.bytes()));
  }

  /** e.g. {@code dfe_ees_cla_rates_2020_2024}, or {@code ..._2018} for a single year. */
  static String id(String stem, int firstYear, int lastYear) {
    return firstYear == lastYear ? stem + "_" + firstYear : stem + "_" + firstYear + "_" + lastYear;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
