package uk.lacexplorer.need;

import java.util.Locale;
import java.util.Optional;

/**
 * Deprivation indices ranked within one nation — WIMD (Wales), IMD and IDACI (England) — rank small areas only against
 * others of the same nation, so their scores and shares are not comparable across the border.
 */
final class WithinNationIndex {
  private WithinNationIndex() {
  }

  /** The index's name when the measure is one of them. */
  static Optional<String> of(String measureId) {
    String id = measureId.toLowerCase(Locale.ROOT);
    if (id.startsWith("wimd_")) return Optional.of("WIMD");
    if (id.startsWith("idaci_")) return Optional.of("IDACI");
    if (id.startsWith("imd_")) return Optional.of("IMD");
    return Optional.empty();
  }
}
