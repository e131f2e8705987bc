package uk.lacexplorer.episodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.episodes.validate.Rule;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The validation rules as rows ({@code ./lacx episodes rules}): one per rule with the years it applies to. */
public final class RulesTable {
  public static final List<String> COLUMNS = List.of("rule_id", "table", "field", "message", "source", "severity",
      "from_year", "to_year");

  private RulesTable() {
  }

  public static Output output(List<Rule> rules) {
    List<List<Object>> rows = new ArrayList<>();
    long dfe = 0;
    for (Rule rule : rules) {
      rows.add(Arrays.asList(rule.id(), rule.table(), rule.field(), rule.message(), rule.source(),
          rule.severity().name().toLowerCase(Locale.ROOT), Rule.yearLabel(rule.fromYear()), Rule.yearLabel(rule.toYear())));
      if (rule.source().startsWith("DfE")) dfe++;
    }
    return Output.of(Column.named(COLUMNS), rows, List.of(rows.size() + " rules, " + dfe + " of them DfE-numbered."));
  }
}
