package uk.lacexplorer.area;

import java.util.Locale;
import uk.lacexplorer.i18n.UserError;

/** The nations whose authorities LAC Explorer compares, with their GSS country codes. */
public enum Nation {
  WALES("W92000004"),
  ENGLAND("E92000001"),
  OTHER(null);

  private final String countryCode;

  Nation(String countryCode) {
    this.countryCode = countryCode;
  }

  public AreaCode countryCode() {
    if (countryCode == null) throw new IllegalStateException("no country code for " + this);
    return new AreaCode(countryCode);
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code wales} or {@code england} as typed on the command line or in a URL. */
  public static Nation parse(String text) {
    if (text != null) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "wales", "cymru", "w" -> { return WALES; }
        case "england", "lloegr", "e" -> { return ENGLAND; }
        default -> { }
      }
    }
    throw UserError.of("error.choice.unknown", uk.lacexplorer.i18n.Arg.option("nation"), String.valueOf(text),
        uk.lacexplorer.i18n.Arg.choice(java.util.List.of("wales", "england")));
  }
}
