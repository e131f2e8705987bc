package uk.lacexplorer.report;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;

/**
 * The report's sentences, written from the statistics by rules (listed on the Methods page, section "report"):
 *
 * <ol>
 *   <li>Against the nation: "higher" or "lower" than the national rate only when the authority lies beyond the 99.8%
 *   control limit of the funnel plot or its 99.8% confidence interval excludes the national rate; between the 95%
 *   and 99.8% limits the report says so and that chance puts one authority in 20 there; otherwise "not
 *   distinguishable".</li>
 *   <li>Trend: only the recent-trend test's answer (never two points compared).</li>
 *   <li>Need: more or fewer than expected only when the 95% interval of observed/expected excludes 1.</li>
 *   <li>Neighbours: "similar" when the authority's 95% interval overlaps every neighbour's; "higher/lower than all"
 *   when it lies clear of all of them on one side; otherwise how many overlap, lie below and above.</li>
 *   <li>No league-table words (no ranks, "top", "worst"), and the 2013 research's "no magic number" framing.</li>
 * </ol>
 *
 * Welsh sentences are their own templates, with the mutations that a varying word needs applied by {@link Welsh}.
 */
public final class Narrative {
  private final Messages messages;
  private final Lang lang;

  public Narrative(Messages messages, Lang lang) {
    this.messages = messages;
    this.lang = lang;
  }

  public Lang lang() {
    return lang;
  }

  public String text(String key, Object... args) {
    return messages.format(lang, key, args);
  }

  /** An authority's (or nation's) name in the report's language. */
  public String name(String english, String welsh) {
    return lang.welsh() && welsh != null && !welsh.isBlank() ? welsh : english;
  }

  /** Rule 1: the authority's rate against its nation's. */
  public String againstNation(String area, Nation nation, double rate, double lower95, double upper95,
                              double nationalRate, String funnelPosition, String comparison998) {
    String outcome = switch (funnelPosition) {
      case "above_998" -> "higher";
      case "below_998" -> "lower";
      case "above_95" -> "above95";
      case "below_95" -> "below95";
      default -> "within";
    };
    if ("higher".equals(comparison998)) outcome = "higher";
    if ("lower".equals(comparison998)) outcome = "lower";
    String phrase = text("report.nationRate." + nation.id());
    String joined = switch (outcome) {
      case "higher", "lower", "above95", "below95" -> lang.welsh() ? Welsh.afterNa(phrase) : phrase;
      default -> lang.welsh() ? Welsh.soft(phrase) : phrase;
    };
    return text("report.nation." + outcome, area, Figures.rate(rate), Figures.rate(lower95), Figures.rate(upper95),
        joined, Figures.rate(nationalRate));
  }

  /** Rule 2: the recent-trend test's direction over its years. */
  public String trend(String direction, List<Integer> years, Double slope) {
    if (years.isEmpty() || slope == null || direction.equals("cannot_be_calculated")) return text("report.trend.none");
    String span = lang.welsh() ? Welsh.years(years.size()) : text(years.size() == 1 ? "report.years.one"
        : "report.years.other", years.size());
    String key = switch (direction) {
      case "increasing" -> "report.trend.increasing";
      case "decreasing" -> "report.trend.decreasing";
      default -> "report.trend.noChange";
    };
    return text(key, span, years.get(0), years.get(years.size() - 1), Figures.signed(slope),
        Figures.rate(Math.abs(slope)));
  }

  /** Rule 3: observed against expected for its need, and its position on the funnel of ratios. */
  public String need(String area, boolean welshPlace, String factor, int factorYear, double observed, double expected,
                     double ratio, double lower, double upper, String position) {
    String key = lower > 1 ? "report.need.more" : upper < 1 ? "report.need.fewer" : "report.need.asExpected";
    String subject = lang.welsh() && welshPlace ? Welsh.soft(area) : area;
    String sentence = text(key, factor, factorYear, subject, Figures.count(observed), Figures.count(expected),
        Figures.ratio(ratio), Figures.ratio(lower), Figures.ratio(upper));
    if (position == null) return sentence;
    return sentence + " " + text("report.need.position", text("funnel.position." + position));
  }

  /** One interval: lower and upper 95% limits of a rate. */
  public record Interval(String name, double lower, double upper) {
  }

  /** Rule 4: the authority's interval against each neighbour's. */
  public String neighbours(Interval authority, List<Interval> neighbours, String scope) {
    int overlap = 0;
    int above = 0;
    int below = 0;
    for (Interval neighbour : neighbours) {
      if (authority.lower() > neighbour.upper()) above++;
      else if (authority.upper() < neighbour.lower()) below++;
      else overlap++;
    }
    int k = neighbours.size();
    String where = text("report.scope." + scope);
    List<String> names = new ArrayList<>();
    for (Interval neighbour : neighbours) names.add(neighbour.name());
    String list = String.join(", ", names);
    if (overlap == k) return text("report.peers.similar", k, where, list);
    if (above == k) return text("report.peers.higherAll", k, where, list);
    if (below == k) return text("report.peers.lowerAll", k, where, list);
    StringBuilder sentence = new StringBuilder(text("report.peers.mixed", k, where, list, overlap));
    List<String> parts = new ArrayList<>();
    if (above > 0) parts.add(text("report.peers.mixedHigher", lang.welsh() ? Welsh.naNumber(above) : above));
    if (below > 0) parts.add(text("report.peers.mixedLower", lang.welsh() ? Welsh.naNumber(below) : below));
    sentence.append(' ').append(text(parts.size() == 2 ? "report.peers.mixedBoth" : "report.peers.mixedOne",
        parts.get(0), parts.size() == 2 ? parts.get(1) : ""));
    return sentence.toString().strip();
  }

  /** The projection's last year, framed as what present rates imply. */
  public String projection(String area, boolean welshPlace, String calibration, double expected, int year,
                           double lower95, double upper95) {
    String where = lang.welsh() ? Welsh.in(area, welshPlace) : text("report.in", area);
    return text("report.projection.sentence", calibration, Figures.count(expected), where, year,
        Figures.count(lower95), Figures.count(upper95));
  }

  /** Rule 5: the 2013 research's framing. */
  public String noTarget() {
    return text("report.noTarget");
  }
}
