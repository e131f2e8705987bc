package uk.lacexplorer.cli.episodes;

import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.FlowsTable;
import uk.lacexplorer.episodes.derive.ProfileDeriver;

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
    return FlowsTable.output(results);
  }

  private static ProfileDeriver.Dimension parseDimension(String text) {
    try {
      return ProfileDeriver.Dimension.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw uk.lacexplorer.i18n.UserError.of("error.choice.unknown", uk.lacexplorer.i18n.Arg.option("profile"), text,
          uk.lacexplorer.i18n.Arg.choice(java.util.List.of("placement", "legal_status", "age")));
    }
  }

  private Output profileReport(ProfileDeriver.Dimension dimension) {
    return FlowsTable.profiles(new EpisodeService().process(extract.request(EnumSet.of(EpisodeService.Work.PROFILES))),
        dimension);
  }
}
