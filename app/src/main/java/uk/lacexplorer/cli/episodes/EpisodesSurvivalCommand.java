package uk.lacexplorer.cli.episodes;

import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.TimeInCareResult;
import uk.lacexplorer.episodes.TimeInCareTable;
import uk.lacexplorer.episodes.survival.Grouping;

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
      if (month < 0 || month > 600) {
        throw uk.lacexplorer.i18n.UserError.of("error.episodes.months", uk.lacexplorer.i18n.Arg.option("months"), month);
      }
    }
    List<AuthorityResult> results = new EpisodeService().process(extract.request(EnumSet.of(EpisodeService.Work.PERIODS)));
    return TimeInCareTable.output(TimeInCareResult.of(results, grouping, months));
  }
}
