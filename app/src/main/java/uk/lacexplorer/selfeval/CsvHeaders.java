package uk.lacexplorer.selfeval;

import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;

/** The self-evaluation's CSV column headers in English or Welsh: bundle keys {@code selfeval.csvHeader.NAME}. */
public final class CsvHeaders {
  private CsvHeaders() {
  }

  /** A column's header in the language. */
  public static String of(String name, boolean welsh) {
    return Messages.standard().lookup(welsh ? Lang.CY : Lang.EN, "selfeval.csvHeader." + name);
  }

  /** The header of the count column of one scale point: a known point's own key, else {@code count_} and its id. */
  static String count(String pointId, boolean welsh) {
    String key = "selfeval.csvHeader.count_" + pointId;
    Lang lang = welsh ? Lang.CY : Lang.EN;
    return Messages.standard().has(lang, key) ? Messages.standard().lookup(lang, key) : "count_" + pointId;
  }
}
