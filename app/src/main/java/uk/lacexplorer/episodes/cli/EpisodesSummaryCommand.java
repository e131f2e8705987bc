package uk.lacexplorer.episodes.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.lacexplorer.Services;
import uk.lacexplorer.cli.Report;
import uk.lacexplorer.cli.ReportCommand;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.derive.Flow;
import uk.lacexplorer.episodes.derive.YearlyFlows;

@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"One row per authority and year ending 31 March: looked after at 31 March, started, ceased (by",
        "route), then periods, placement moves and re-entries. Short breaks (V3/V4) are left out.",
        "Years default to those the extract covers, inferred from its dates (see the note under the table)."})
final class EpisodesSummaryCommand extends ReportCommand {
  @Mixin
  ExtractOptions extract;

  @Override
  protected Report report(Services services) {
    List<AuthorityResult> results = new EpisodeService().process(extract.request(EnumSet.of(EpisodeService.Work.FLOWS)));
    return summaryReport(results);
  }

  static Report summaryReport(List<AuthorityResult> results) {
    List<String> columns = new ArrayList<>(List.of("la_code", "year"));
    for (Flow flow : Flow.values()) columns.add(flow.column());
    List<List<Object>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (AuthorityResult result : results) {
      for (YearlyFlows year : result.flows().years()) {
        List<Object> row = new ArrayList<>(List.of(year.laCode(), year.year()));
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
    notes.add("Years are inferred from the data unless --from/--to are given: from the year of the earliest last day"
        + " in care of the children (0.5% quantile) to the year of the latest start date.");
    return Report.of(columns, rows, notes);
  }
}
