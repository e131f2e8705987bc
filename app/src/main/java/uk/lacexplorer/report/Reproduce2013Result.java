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
 * @param commands the command lines that give every number, in the order of the document
 */
public record Reproduce2013Result(Lang lang, ReportFormat format, List<Line> lines, List<RateRow> wales2012,
                                  List<RateRow> wales2005, List<RateRow> wales2011, List<RateRow> england2012,
                                  FunnelResult funnel, List<String> commands) {
  public Reproduce2013Result {
    lines = List.copyOf(lines);
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
}
