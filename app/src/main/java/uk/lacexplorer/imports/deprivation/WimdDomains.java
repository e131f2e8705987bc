package uk.lacexplorer.imports.deprivation;

import java.util.Locale;
import java.util.Optional;

/** WIMD domain names as the files label them, to the breakdown values used in the dataset. */
final class WimdDomains {
  private WimdDomains() {
  }

  /** {@code IMD}/{@code WIMD 2014} → overall (""); {@code Access to Services} → access_to_services, etc. */
  static Optional<String> of(String label) {
    String text = label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*\\(r\\)\\s*", "").strip();
    if (text.equals("imd") || text.startsWith("wimd")) return Optional.of(WimdShares.OVERALL);
    if (text.startsWith("income")) return Optional.of("income");
    if (text.startsWith("employment")) return Optional.of("employment");
    if (text.startsWith("health")) return Optional.of("health");
    if (text.startsWith("education")) return Optional.of("education");
    if (text.startsWith("access")) return Optional.of("access_to_services");
    if (text.startsWith("crime") || text.startsWith("community safety")) return Optional.of("community_safety");
    if (text.startsWith("environment") || text.startsWith("physical environment")) return Optional.of("physical_environment");
    if (text.startsWith("housing")) return Optional.of("housing");
    return Optional.empty();
  }
}
