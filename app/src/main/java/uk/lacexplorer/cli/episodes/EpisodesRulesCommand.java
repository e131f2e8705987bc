package uk.lacexplorer.cli.episodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.episodes.validate.Rule;
import uk.lacexplorer.episodes.validate.RuleCatalogue;

@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"List every validation rule: rule_id, table, field, message, source, severity and the collection",
        "years it applies to; --year 2025-26 lists only the rules a return for that year is checked by."})
final class EpisodesRulesCommand extends AnalysisCommand {
  @Option(names = "--year", paramLabel = "YYYY-YY", description = "Only the rules that apply in this collection year.")
  String year;

  @Override
  protected Output output(Application services) {
    List<Rule> rules;
    if (year == null) {
      rules = RuleCatalogue.rules();
    } else {
      int ending = Rule.parseYear(year);
      if (ending < 0) throw uk.lacexplorer.i18n.UserError.of("error.episodes.rulesYear", year);
      rules = RuleCatalogue.rulesFor(ending);
    }
    List<List<Object>> rows = new ArrayList<>();
    long dfe = 0;
    for (Rule rule : rules) {
      rows.add(Arrays.asList(rule.id(), rule.table(), rule.field(), rule.message(), rule.source(),
          rule.severity().name().toLowerCase(java.util.Locale.ROOT), Rule.yearLabel(rule.fromYear()),
          Rule.yearLabel(rule.toYear())));
      if (rule.source().startsWith("DfE")) dfe++;
    }
    return Output.of(Column.named(List.of("rule_id", "table", "field", "message", "source", "severity", "from_year",
        "to_year")), rows, List.of(rows.size() + " rules, " + dfe + " of them DfE-numbered."));
  }
}
