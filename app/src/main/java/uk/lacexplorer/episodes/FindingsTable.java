package uk.lacexplorer.episodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lacexplorer.episodes.validate.Finding;
import uk.lacexplorer.episodes.validate.Rule;
import uk.lacexplorer.episodes.validate.RuleCatalogue;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** Validation findings as rows ({@code ./lacx episodes validate}): each failure, or counts by rule. */
public final class FindingsTable {
  public static final List<String> COLUMNS = List.of("la_code", "table", "line", "child", "field", "value", "rule_id",
      "severity", "message");
  public static final List<String> BY_RULE_COLUMNS = List.of("rule_id", "table", "field", "failures", "message");

  private FindingsTable() {
  }

  /** Every finding of the authorities' results, in their order. */
  public static List<Finding> findings(List<AuthorityResult> results) {
    List<Finding> findings = new ArrayList<>();
    for (AuthorityResult result : results) findings.addAll(result.findings());
    return findings;
  }

  public static Output output(List<Finding> findings) {
    List<List<Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      rows.add(List.of(f.laCode(), f.table(), f.line(), f.child(), f.field(), f.value(), f.rule().id(),
          f.rule().severity().name().toLowerCase(Locale.ROOT), f.message()));
    }
    return Output.of(Column.named(COLUMNS), rows, List.of(findings.size() + " findings."));
  }

  /** One row per rule that failed, with its number of failures, in the catalogue's order. */
  public static Output byRule(List<Finding> findings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Rule rule : RuleCatalogue.rules()) counts.put(rule.id(), 0);
    for (Finding finding : findings) counts.merge(finding.rule().id(), 1, Integer::sum);
    List<List<Object>> rows = new ArrayList<>();
    for (Rule rule : RuleCatalogue.rules()) {
      int count = counts.get(rule.id());
      if (count > 0) rows.add(List.of(rule.id(), rule.table(), rule.field(), count, rule.message()));
    }
    return Output.of(Column.named(BY_RULE_COLUMNS), rows,
        List.of(findings.size() + " findings from " + rows.size() + " of " + counts.size() + " rules."));
  }
}
