package uk.lacexplorer.report;

import java.util.List;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.compare.TrendResult;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeighbourSet;
import uk.lacexplorer.projection.ProjectionResult;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.selfeval.RoundResults;

/**
 * Everything an authority report shows, each part the unchanged result of an existing analysis: the trend (rates with
 * intervals, the nation's rate, the recent-trend test, key events), the year's rate as {@code ./lacx rates} gives
 * it, the funnel plot (raw), the need model (observed/expected and the need-adjusted funnel position), statistical
 * neighbours in the nation and across both nations, flows in and out, the projection, and the intervention points
 * (the cascade from referral to care with its resources). A part the data cannot answer is null (need, projection,
 * cascade) or empty (neighbours, flows), with the reason in {@code gaps}. The latest closed self-evaluation round
 * ({@code selfeval}) is there only in a report asked for by someone who may read that round's results; its figures
 * are the results page's, under the same disclosure rules (nothing from fewer than 5 respondents).
 *
 * @param rate the authority's row of {@code ./lacx rates --nation N --year Y}
 * @param nationRate the nation's row of the same
 * @param funnelPoint the authority's point on the funnel
 * @param commands the command lines that reproduce each part's numbers, in the order of the report
 * @param gaps parts left out, as message keys of the report bundle
 * @param sources the measures the report shows, for its list of sources
 */
public record ReportResult(ReportRequest request, Area area, int year, TrendResult trend, RateRow rate,
                           RateRow nationRate, FunnelResult funnel, FunnelResult.Point funnelPoint, Need need,
                           List<Peers> neighbours, List<Flow> flows, ProjectionResult projection,
                           uk.lacexplorer.cascade.CascadeResult cascade, RoundResults selfeval,
                           List<Command> commands, List<String> gaps, List<Measure> sources) {
  public ReportResult {
    sources = List.copyOf(sources);
    neighbours = List.copyOf(neighbours);
    flows = List.copyOf(flows);
    commands = List.copyOf(commands);
    gaps = List.copyOf(gaps);
  }

  /**
   * The same report with the latest closed self-evaluation round the viewer may read in aggregate (the note about the
   * self-evaluation in {@code gaps} replaced by {@code gap}, or removed when a round is there).
   */
  public ReportResult withSelfeval(RoundResults round, String gap) {
    List<String> notes = new java.util.ArrayList<>(gaps.stream().filter(each -> !each.startsWith(SELFEVAL_GAP)).toList());
    if (round == null && gap != null) notes.add(gap);
    return new ReportResult(request, area, year, trend, rate, nationRate, funnel, funnelPoint, need, neighbours, flows,
        projection, cascade, round, commands, notes, sources);
  }

  /** The prefix of the notes that say why no self-evaluation round is in the report. */
  public static final String SELFEVAL_GAP = "report.gap.selfeval";

  /** The trend's row for the report's year. */
  public TrendResult.Year trendYear() {
    return trend.years().stream().filter(row -> row.year() == year).findFirst().orElse(null);
  }

  /**
   * The need-adjusted model on the default need factor of the nation for the year.
   *
   * @param skipMissing whether authorities without a value of the factor were left out (no factor covers them all)
   * @param ratio the authority's observed/expected ratio, its interval and its position on the funnel of ratios
   */
  public record Need(String factor, String factorLabel, String factorLabelCy, int factorYear, boolean skipMissing,
                     NeedModel model, NeedModel.AreaRatio ratio) {
  }

  /**
   * Statistical neighbours on the need factor: {@code scope} is {@code nation} (its own nation) or {@code both}
   * (Wales and England together), with each neighbour's rate row (95% interval) from {@code ./lacx rates}.
   */
  public record Peers(String scope, NeighbourSet set, RateRow authority, List<RateRow> rows) {
    public Peers {
      rows = List.copyOf(rows);
    }
  }

  /** A flow in or out of care in the year ending 31 March: the authority's and its nation's rate rows. */
  public record Flow(String measure, String label, String labelCy, String direction, RateRow area, RateRow nation) {
  }

  /** The command that reproduces a part of the report (a section id, as in the report's anchors). */
  public record Command(String section, String line) {
  }
}
