package uk.lacexplorer.web;

import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Numbers and dates written for people in one language (en-GB or cy-GB). Not thread-safe: one per request. */
public final class Formats {
  private final Lang lang;
  private final NumberFormat[] decimals = new NumberFormat[5];

  public Formats(Lang lang) {
    this.lang = lang;
  }

  /** A value with a fixed number of decimals (0–4) and grouping, or "" when there is none. */
  public String number(Double value, int places) {
    if (value == null || !Double.isFinite(value)) return "";
    NumberFormat format = decimals[places];
    if (format == null) {
      format = NumberFormat.getNumberInstance(lang.locale());
      format.setMinimumFractionDigits(places);
      format.setMaximumFractionDigits(places);
      format.setGroupingUsed(true);
      decimals[places] = format;
    }
    return format.format(value);
  }

  /** A count: no decimals unless it has some (rounded counts are whole, estimates may not be). */
  public String count(Double value) {
    if (value == null) return "";
    return number(value, value == Math.rint(value) ? 0 : 1);
  }

  public String integer(Integer value) {
    return value == null ? "" : number(value.doubleValue(), 0);
  }

  /** A date in the long form of the language, e.g. "31 March 2023" or "31 Mawrth 2023". */
  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale()).format(date);
  }
}
