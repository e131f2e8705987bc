package uk.lacexplorer.cli.episodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.episodes.validate.Rule;
import uk.lacexplorer.episodes.validate.RuleCatalogue;

@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every validation rule: rule_id, table, field, message, source, severity.")
final class EpisodesRulesCommand extends AnalysisCommand {
  @Override
  protected Output output(Application services) {
    List<List<Object>> rows = new ArrayList<>();
    for (Rule rule : RuleCatalogue.rules()) {
      rows.add(Arrays.asList(rule.id(), rule.table(), rule.field(), rule.message(), rule.source(),
          rule.severity().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return Output.of(Column.named(List.of("rule_id", "table", "field", "message", "source", "severity")), rows,
        List.of(rows.size() + " rules."));
  }
}
