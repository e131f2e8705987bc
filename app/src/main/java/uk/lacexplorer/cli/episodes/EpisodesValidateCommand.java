package uk.lacexplorer.cli.episodes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.validate.Finding;
import uk.lacexplorer.episodes.validate.Rule;
import uk.lacexplorer.episodes.validate.RuleCatalogue;

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
    List<Finding> findings = new ArrayList<>();
    for (AuthorityResult result : results) findings.addAll(result.findings());
    return byRule ? byRule(findings) : list(findings);
  }

  private static Output list(List<Finding> findings) {
    List<List<Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      rows.add(List.of(f.laCode(), f.table(), f.line(), f.child(), f.field(), f.value(), f.rule().id(),
          f.rule().severity().name().toLowerCase(java.util.Locale.ROOT), f.message()));
    }
    return Output.of(Column.named(List.of("la_code", "table", "line", "child", "field", "value", "rule_id", "severity", "message")),
        rows, List.of(findings.size() + " findings."));
  }

  private static Output byRule(List<Finding> findings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Rule rule : RuleCatalogue.rules()) counts.put(rule.id(), 0);
    for (Finding finding : findings) counts.merge(finding.rule().id(), 1, Integer::sum);
    List<List<Object>> rows = new ArrayList<>();
    for (Rule rule : RuleCatalogue.rules()) {
      int count = counts.get(rule.id());
      if (count > 0) rows.add(List.of(rule.id(), rule.table(), rule.field(), count, rule.message()));
    }
    return Output.of(Column.named(List.of("rule_id", "table", "field", "failures", "message")), rows,
        List.of(findings.size() + " findings from " + rows.size() + " of " + counts.size() + " rules."));
  }
}
