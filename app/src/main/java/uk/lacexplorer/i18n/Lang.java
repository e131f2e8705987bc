package uk.lacexplorer.i18n;

import java.util.Locale;
import java.util.Optional;

/** The interface languages: English and Welsh. */
public enum Lang {
  EN("en", Locale.forLanguageTag("en-GB")),
  CY("cy", Locale.forLanguageTag("cy-GB"));

  private final String code;
  private final Locale locale;

  Lang(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The ISO 639-1 code used in {@code ?lang=}, the cookie and {@code <html lang>}. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  public boolean welsh() {
    return this == CY;
  }

  public Lang other() {
    return this == EN ? CY : EN;
  }

  public static Optional<Lang> fromCode(String text) {
    if (text == null) return Optional.empty();
    for (Lang lang : values()) {
      if (lang.code.equalsIgnoreCase(text.strip())) return Optional.of(lang);
    }
    return Optional.empty();
  }
}
