package uk.lacexplorer.cascade;

import java.util.List;
import uk.lacexplorer.area.Nation;

import java.util.Locale;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;

/** The cascade's words in English and Welsh: the names of its figures and the sentence on where it departs most. */
public final class CascadeText {
  private CascadeText() {
  }

  /** "Referrals", "Ymholiadau adran 47", … */
  public static String stage(Lang lang, Stage stage) {
    return Messages.standard().lookup(lang, "cascade.stage." + stage.measure());
  }

  /** "section 47 enquiries per 100 referrals", "referrals per 10,000 children", or the resource's name. */
  public static String figure(Lang lang, CascadeFigure figure) {
    String key = switch (figure.figure()) {
      case CascadeFigure.RATE -> "cascade.rate.";
      case CascadeFigure.CONVERSION -> "cascade.conversion.";
      default -> "cascade.stage.";
    };
    return Messages.standard().lookup(lang, key + figure.stage().measure());
  }

  public static String status(Lang lang, String status) {
    return "ok".equals(status) ? "" : Messages.standard().lookup(lang, "cascade.status." + status);
  }

  /**
   * The status with, for a Welsh figure the loaded data do not hold, the StatsWales table to load ("not in the loaded
   * data — load StatsWales table “…”"), the table named in the reader's language; else {@link #status(Lang, String)}.
   */
  public static String status(Lang lang, String nation, CascadeFigure figure) {
    String table = loadTable(lang, nation, figure);
    return table.isEmpty() ? status(lang, figure.status())
        : Messages.standard().format(lang, "cascade.status.loadTable", status(lang, figure.status()), table);
  }

  /** The StatsWales table (its title in the reader's language) that gives a Welsh figure not held, or "". */
  public static String loadTable(Lang lang, String nation, CascadeFigure figure) {
    if (!"not_in_loaded_data".equals(figure.status()) || !Nation.WALES.id().equals(nation)) return "";
    List<String> measures = new java.util.ArrayList<>();
    String measure = figure.stage().measure();
    measures.add(measure.equals(Stage.WORKERS_PER_10000) || measure.equals(Stage.LOOKED_AFTER_PER_WORKER)
        ? Stage.SOCIAL_WORKERS : uk.lacexplorer.measure.DerivedMeasure.of(measure).map(d -> d.numerator()).orElse(measure));
    if (figure.from() != null) measures.add(figure.from());
    for (String one : measures) {
      var table = uk.lacexplorer.imports.statswales.StatsWalesTables.forMeasure(one);
      if (table.isPresent()) return lang.welsh() ? table.get().titleCy() : table.get().titleEn();
    }
    return "";
  }

  /**
   * Where the authority departs most from its neighbours' median once the interval is counted, as a ratio with its
   * 95% interval; or that no figure does; or that it has no neighbours. Never a rank.
   */
  public static String summary(Lang lang, CascadeResult result) {
    Messages messages = Messages.standard();
    String name = lang.welsh() ? result.areaNameCy() : result.areaName();
    if (result.neighbours().isEmpty()) return messages.format(lang, "cascade.summary.noNeighbours", name, result.year());
    CascadeFigure d = result.departure();
    if (d == null) return messages.format(lang, "cascade.summary.none", name);
    return messages.format(lang, "cascade.summary.departs", name, figure(lang, d), decimals(d.ratio(), 2),
        decimals(d.value(), 1), decimals(d.neighboursMedian(), 1), decimals(d.ratioLower(), 2),
        decimals(d.ratioUpper(), 2));
  }

  static String decimals(double value, int places) {
    return String.format(Locale.UK, "%." + places + "f", value);
  }
}
