package uk.lacexplorer.cli.episodes;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.episodes.RulesTable;
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
    return RulesTable.output(rules);
  }
}
