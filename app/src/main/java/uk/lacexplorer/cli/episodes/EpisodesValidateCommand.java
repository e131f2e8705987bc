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
import uk.lacexplorer.episodes.FindingsTable;
import uk.lacexplorer.episodes.validate.Finding;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check the tables against every rule (see: episodes rules) and list each failure with table, file",
        "line, child, field, value, rule id and message; --by-rule gives counts by rule instead."})
final class EpisodesValidateCommand extends AnalysisCommand {
  @Mixin
  ExtractOptions extract;

  @Option(names = "--by-rule", description = "Summarise: one row per rule with its number of failures.")
  boolean byRule;

  @Override
  protected Output output(Application services) {
    List<AuthorityResult> results = new EpisodeService().process(extract.request(EnumSet.of(EpisodeService.Work.VALIDATE)));
    List<Finding> findings = FindingsTable.findings(results);
    return byRule ? FindingsTable.byRule(findings) : FindingsTable.output(findings);
  }
}
