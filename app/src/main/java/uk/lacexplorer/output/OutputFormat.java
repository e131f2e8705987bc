package uk.lacexplorer.output;

import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.Choices;

/** How an answer is written: aligned text for people, RFC 4180 CSV with a header row, or JSON. */
public enum OutputFormat {
  TABLE, CSV, JSON;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code table}, {@code csv} or {@code json} (any case); {@code allowed} limits the choice (the API has no table). */
  public static OutputFormat parse(String text, OutputFormat fallback, OutputFormat... allowed) {
    List<OutputFormat> choices = allowed.length == 0 ? List.of(values()) : List.of(allowed);
    return Choices.parse("format", text, choices, OutputFormat::id, fallback);
  }
}
