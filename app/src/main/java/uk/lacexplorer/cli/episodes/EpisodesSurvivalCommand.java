package uk.lacexplorer.cli.episodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.survival.CarePeriods;
import uk.lacexplorer.episodes.survival.Grouping;
import uk.lacexplorer.episodes.survival.TimeInCare;
import uk.lacexplorer.stats.survival.Estimate;

@Command(name = "survival", mixinStandardHelpOptions = true,
    description = {"Time in care for periods of care that began in the collection window: the share who have left",
        "care (Kaplan-Meier) and who have left by each route (Aalen-Johansen cumulative incidence, routes as",
        "competing risks), with 95% confidence intervals, at --months after entry, --by all|cohort|age|la.",
        "Periods still open are censored at the end of the window."})
final class EpisodesSurvivalCommand extends AnalysisCommand {
  @Mixin
  ExtractOptions extract;

  @Option(names = "--by", defaultValue = "all", paramLabel = "all|cohort|age|la",
      description = "Groups: all periods, entry cohort (year ending 31 March), age at entry, or authority.")
  String by;

  @Option(names = "--months", defaultValue = "1,3,6,12,24,36,60", split = ",", paramLabel = "M,M,...",
      description = "Months after entry (default: ${DEFAULT-VALUE}).")
  List<Integer> months;

  @Override
  protected Output output(Application services) {
    Grouping grouping = Grouping.parse(by);
    for (int month : months) {
      if (month < 0 || month > 600) throw new uk.lacexplorer.i18n.UserError("--months must lie between 0 and 600: " + month);
    }
    List<AuthorityResult> results = new EpisodeService().process(extract.request(EnumSet.of(EpisodeService.Work.PERIODS)));
    List<CarePeriods> periods = new ArrayList<>();
    int before = 0;
    for (AuthorityResult result : results) {
      if (result.periods() != null) {
        periods.add(result.periods());
        before += result.periods().startedBeforeWindow();
      }
    }
    List<TimeInCare.Row> estimates = TimeInCare.estimate(periods, grouping, months);
    List<List<Object>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (TimeInCare.Row row : estimates) {
      Estimate e = row.estimate();
      rows.add(Arrays.asList(grouping.name().toLowerCase(java.util.Locale.ROOT), row.group(), row.periods(),
          row.months(), row.days(), row.atRisk(), row.measure(), round(e.value()), round(e.standardError()),
          round(e.lower()), round(e.upper())));
      if (row.measure().equals("returned_home") && (row.months() == 6 || row.months() == 12)) {
        notes.add("%s %s: %.1f%% home within %d months (95%% CI %s)".formatted(grouping.name().toLowerCase(
            java.util.Locale.ROOT), row.group(), 100 * e.value(), row.months(), interval(e)));
      }
    }
    notes.add(before + " periods that began before the collection window are left out (their start is not in the"
        + " extract's years).");
    return Output.of(List.of(Column.text("by"), Column.text("group"), Column.whole("periods"), Column.whole("months"),
        Column.whole("days"), Column.whole("at_risk"), Column.text("measure"), Column.decimals("estimate", 6, 4),
        Column.decimals("std_err", 6, 4), Column.decimals("ci95_lower", 6, 4), Column.decimals("ci95_upper", 6, 4)),
        rows, notes);
  }

  private static String interval(Estimate e) {
    return e.hasInterval() ? "%.1f%%-%.1f%%".formatted(100 * e.lower(), 100 * e.upper()) : "not defined";
  }

  private static Double round(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
