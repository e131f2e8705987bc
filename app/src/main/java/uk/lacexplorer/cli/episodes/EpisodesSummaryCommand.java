package uk.lacexplorer.cli.episodes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.derive.Flow;
import uk.lacexplorer.episodes.derive.ProfileDeriver;
import uk.lacexplorer.episodes.derive.YearlyFlows;

@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"One row per authority and year ending 31 March: looked after at 31 March, started, ceased (by",
        "route), then periods, placement moves and re-entries. Short breaks (V3/V4) are left out.",
        "Years default to those the extract covers, inferred from its dates (see the note under the table)."})
final class EpisodesSummaryCommand extends AnalysisCommand {
  @Mixin
  ExtractOptions extract;

  @picocli.CommandLine.Option(names = "--profile", paramLabel = "placement|legal_status|age",
      description = {"Instead of flows: children looked after at 31 March by placement group, legal status group or",
          "age band (one row per authority, year and category)."})
  String profile;

  @Override
  protected Output output(Application services) {
    if (profile != null) return profileReport(parseDimension(profile));
    List<AuthorityResult> results = new EpisodeService().process(extract.request(EnumSet.of(EpisodeService.Work.FLOWS)));
    return summaryReport(results);
  }

  private static ProfileDeriver.Dimension parseDimension(String text) {
    try {
      return ProfileDeriver.Dimension.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new uk.lacexplorer.i18n.UserError("--profile must be placement, legal_status or age, not '" + text + "'");
    }
  }

  private Output profileReport(ProfileDeriver.Dimension dimension) {
    List<AuthorityResult> results = new EpisodeService().process(
        extract.request(EnumSet.of(EpisodeService.Work.PROFILES)));
    List<List<Object>> rows = new ArrayList<>();
    for (AuthorityResult result : results) {
      if (result.profiles() == null) continue;
      for (ProfileDeriver.Profile p : result.profiles()) {
        if (p.dimension() == dimension) rows.add(List.of(p.laCode(), p.year(), p.category(), p.children()));
      }
    }
    return Output.of(Column.named(List.of("la_code", "year", dimension.name().toLowerCase(java.util.Locale.ROOT), "children")), rows,
        List.of("Children looked after at 31 March (short breaks left out), by the episode open on the day."));
  }

  static Output summaryReport(List<AuthorityResult> results) {
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
}
