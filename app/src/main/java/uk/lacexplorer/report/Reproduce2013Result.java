package uk.lacexplorer.report;

import java.util.List;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.rates.RateRow;

/**
 * Section 3 of the 2013 research recomputed on the data LAC Explorer holds: each published figure beside ours, the
 * denominator ours used and whether the two agree at the report's precision; and the tables they come from.
 *
 * @param wales2012 {@code ./lacx rates --nation wales --year 2012 --population ons} (authorities and Wales)
 * @param wales2005 the same for 2005
 * @param wales2011 the same for 2011
 * @param england2012 {@code ./lacx rates --nation england --year 2012 --population ons}
 * @param funnel {@code ./lacx funnel --nation both --year 2012 --limits exact --overdispersion none}
 * @param factors appendix 3 of the research: each figure's factor put to the claim the research made of it
 * @param commands the command lines that give every number, in the order of the document
 */
public record Reproduce2013Result(Lang lang, ReportFormat format, List<Line> lines, List<RateRow> wales2012,
                                  List<RateRow> wales2005, List<RateRow> wales2011, List<RateRow> england2012,
                                  FunnelResult funnel, List<Factor> factors, List<String> commands) {
  public Reproduce2013Result {
    lines = List.copyOf(lines);
    factors = List.copyOf(factors);
    wales2012 = List.copyOf(wales2012);
    wales2005 = List.copyOf(wales2005);
    wales2011 = List.copyOf(wales2011);
    england2012 = List.copyOf(england2012);
    commands = List.copyOf(commands);
  }

  /** The line of a published figure. */
  public Line line(String id) {
    return lines.stream().filter(each -> each.published().id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figure " + id));
  }

  public long agreeing() {
    return lines.stream().filter(Line::agrees).count();
  }

  /**
   * One published figure and its recomputation.
   *
   * @param value our number (null for a list of areas)
   * @param areas the areas our figure names (GSS codes), in order
   * @param names their English names
   * @param namesCy their Welsh names
   * @param denominator the key (report bundle) saying which population we divided by, and its arguments
   * @param agrees the same value at the report's precision and the same areas
   */
  public record Line(Published2013.Figure published, Double value, List<String> areas, List<String> names,
                     List<String> namesCy, String denominator, List<Object> denominatorArgs, boolean agrees) {
    public Line {
      areas = List.copyOf(areas);
      names = List.copyOf(names);
      namesCy = List.copyOf(namesCy);
      denominatorArgs = List.copyOf(denominatorArgs);
    }
  }

  /** A figure of appendix 3. */
  public Factor factor(String figure) {
    return factors.stream().filter(each -> each.figure().equals(figure)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figure " + figure));
  }

  /**
   * A figure of the research's appendix 3 and what the data say of its claim.
   *
   * @param measure the measure holding the factor, or null when none does
   * @param claim {@code different} ("similar factor, different rates"), {@code none} ("no connection") or
   *              {@code context} (a chart without a claim)
   * @param status {@code fitted}; {@code notHeld} (no measure holds the factor); {@code notForWales} (the measure has
   *               no Welsh values)
   * @param factorYear the year of the factor's values used with the 2012 rates (the nearest the data hold)
   * @param sd the factor's standard deviation across the authorities in the fit
   * @param rateRatio the rate ratio for one standard deviation more of the factor, with its 95% interval
   * @param p the two-sided p-value of the factor's coefficient
   * @param devianceExplained the share of the deviance the factor explains
   * @param pair the authorities with the most different rates among those with similar factor values, or null
   * @param agrees whether the data bear the claim out (null for a chart without a claim or without data)
   */
  public record Factor(String figure, String measure, String claim, String status, Integer factorYear, int authorities,
                       Double sd, Double rateRatio, Double lower, Double upper, Double p, Double devianceExplained,
                       Pair pair, Boolean agrees, String command) {
    static Factor notHeld(Moderators2013.Spec spec) {
      return empty(spec, "notHeld");
    }

    static Factor notForWales(Moderators2013.Spec spec) {
      return empty(spec, "notForWales");
    }

    private static Factor empty(Moderators2013.Spec spec, String status) {
      return new Factor(spec.figure(), spec.measure(), spec.claim().name().toLowerCase(java.util.Locale.ROOT), status,
          null, 0, null, null, null, null, null, null, null, null, null);
    }

    public boolean fitted() {
      return "fitted".equals(status);
    }
  }

  /** Two authorities with similar values of a factor ({@code higher} the one with the higher rate) and their rates. */
  public record Pair(RateRow higher, double higherValue, RateRow lower, double lowerValue) {
  }
}
