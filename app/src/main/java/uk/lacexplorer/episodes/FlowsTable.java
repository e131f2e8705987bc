package uk.lacexplorer.episodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.episodes.derive.Flow;
import uk.lacexplorer.episodes.derive.ProfileDeriver;
import uk.lacexplorer.episodes.derive.YearlyFlows;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/**
 * Yearly flows as rows ({@code ./lacx episodes summary}): one per authority and year (or period, with a date range),
 * a column per {@link Flow}; or, with a profile, children looked after at 31 March by category.
 */
public final class FlowsTable {
  private FlowsTable() {
  }

  public static Output output(List<AuthorityResult> results) {
    boolean yearly = results.stream().allMatch(r -> r.flows().periods() == null || r.flows().periods().isYearly());
    List<String> columns = new ArrayList<>(List.of("la_code", yearly ? "year" : "period"));
    for (Flow flow : Flow.values()) columns.add(flow.column());
    List<List<Object>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (AuthorityResult result : results) {
      for (int p = 0; p < result.flows().years().size(); p++) {
        YearlyFlows year = result.flows().years().get(p);
        List<Object> row = new ArrayList<>(List.of(year.laCode(),
            yearly ? (Object) year.year() : result.flows().periods().label(p)));
        for (Flow flow : Flow.values()) row.add(year.get(flow));
        rows.add(row);
      }
      var flows = result.flows();
      String window = result.window() == null ? "no usable episodes"
          : "years %d-%d".formatted(result.window().firstYear(), result.window().lastYear());
      if (results.size() <= 20 || flows.unreadableEpisodes() > 0) {
        notes.add("%s: %s; %d episodes, %d short breaks left out, %d with unreadable dates or ids left out (see validate)."
            .formatted(result.laCode(), window, flows.episodes(), flows.shortBreakEpisodes(), flows.unreadableEpisodes()));
      }
    }
    if (!yearly) notes.add("With --range, looked_after_31_march counts those looked after on the range's last day.");
    notes.add("Years are inferred from the data unless --from/--to are given: from the year of the earliest last day"
        + " in care of the children (0.5% quantile) to the year of the latest start date.");
    return Output.of(Column.named(columns), rows, notes);
  }

  /** Children looked after at 31 March in one dimension (placement, legal status or age band). */
  public static Output profiles(List<AuthorityResult> results, ProfileDeriver.Dimension dimension) {
    List<List<Object>> rows = new ArrayList<>();
    for (AuthorityResult result : results) {
      if (result.profiles() == null) continue;
      for (ProfileDeriver.Profile p : result.profiles()) {
        if (p.dimension() == dimension) rows.add(List.of(p.laCode(), p.year(), p.category(), p.children()));
      }
    }
    return Output.of(Column.named(List.of("la_code", "year", dimension.name().toLowerCase(Locale.ROOT), "children")),
        rows, List.of("Children looked after at 31 March (short breaks left out), by the episode open on the day."));
  }
}
