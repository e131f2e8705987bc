package uk.lacexplorer.imports.dfe;

import java.util.Locale;
import java.util.Optional;

/** The geographic level of a DfE row, as spelt in EES ({@code Local authority}) and the SFR files ({@code LA}, {@code GOR}). */
enum DfeLevel {
  NATIONAL,
  REGIONAL,
  LOCAL_AUTHORITY;

  static Optional<DfeLevel> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "national" -> Optional.of(NATIONAL);
      case "regional", "region", "gor" -> Optional.of(REGIONAL);
      case "local authority", "la" -> Optional.of(LOCAL_AUTHORITY);
      default -> Optional.empty();
    };
  }

  /** National and regional totals are rounded by DfE (to the nearest 10, or 100 in 2010); LA figures are not. */
  boolean roundedByDfe() {
    return this != LOCAL_AUTHORITY;
  }
}
