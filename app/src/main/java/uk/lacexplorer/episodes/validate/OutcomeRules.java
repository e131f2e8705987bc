package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.parse.Tables.AD1;
import static uk.lacexplorer.episodes.parse.Tables.OC2;
import static uk.lacexplorer.episodes.parse.Tables.OC3;
import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;

import java.util.BitSet;
import java.util.List;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.parse.ColumnSpec;
import uk.lacexplorer.episodes.parse.TableData;

/** Rules on the outcome tables: OC2 (children looked after for a year) and OC3 (care leavers). */
final class OutcomeRules {
  private static final byte YES = CodeLists.standard().zeroOne.index("1");

  private OutcomeRules() {
  }

  static List<RuleDefinition> rules() {
    return List.of(
        new RuleDefinition(Rule.dfe("180", "oc2", "SDQ_SCORE",
            "The strengths and difficulties questionnaire (SDQ) score must be a whole number from 0 to 40."),
            OutcomeRules::sdqScore),
        new RuleDefinition(Rule.own("LX30", "oc2", "SDQ_REASON", "The reason for no SDQ score is not a valid code.", ERROR),
            Checks.code(OC2, "SDQ_REASON", true)),
        new RuleDefinition(Rule.own("LX31", "oc2", "CONVICTED...INTERVENTION_OFFERED",
            "A yes/no outcome field must be 0 or 1.", ERROR), OutcomeRules::yesNoFields),
        new RuleDefinition(Rule.own("LX33", "oc2", "CONVICTED",
            "The child is recorded as convicted but was under 10 (the age of criminal responsibility) on 31 March.", ERROR),
            OutcomeRules::convictedUnderTen),
        new RuleDefinition(Rule.dfe("131", "oc3", "IN_TOUCH", "Whether the authority is in touch with the care leaver is blank or not a valid code."),
            Checks.code(OC3, "IN_TOUCH", false)),
        new RuleDefinition(Rule.dfe("132", "oc3", "ACTIV", "The care leaver's activity is blank or not a valid code."),
            Checks.code(OC3, "ACTIV", false)),
        new RuleDefinition(Rule.dfe("133", "oc3", "ACCOM", "The care leaver's accommodation is blank or not a valid code."),
            Checks.code(OC3, "ACCOM", false)),
        new RuleDefinition(Rule.dfe("134", "ad1", "CHILD", "Adoption details should not be given for a care leaver in OC3."),
            OutcomeRules::adoptionForCareLeaver));
  }

  private static void sdqScore(ValidationContext context, Findings findings) {
    TableData oc2 = context.table(OC2);
    int column = OC2.column("SDQ_SCORE");
    for (int row = 0; row < oc2.size(); row++) {
      String score = oc2.text(column, row);
      if (score.isEmpty()) continue;
      boolean valid = score.matches("[0-9]{1,2}") && Integer.parseInt(score) <= 40;
      if (!valid) findings.add(context, oc2, row, column);
    }
  }

  private static void yesNoFields(ValidationContext context, Findings findings) {
    TableData oc2 = context.table(OC2);
    for (int c = 0; c < OC2.columns().size(); c++) {
      ColumnSpec spec = OC2.columns().get(c);
      if (spec.kind() != ColumnSpec.Kind.CODE || spec.codes() != CodeLists.standard().zeroOne) continue;
      for (int row = 0; row < oc2.size(); row++) {
        if (oc2.code(c, row) == CodeList.UNKNOWN) findings.add(context, oc2, row, c);
      }
    }
  }

  private static void convictedUnderTen(ValidationContext context, Findings findings) {
    TableData oc2 = context.table(OC2);
    int convicted = OC2.column("CONVICTED");
    int end = context.collectionEnd();
    for (int row = 0; row < oc2.size(); row++) {
      if (oc2.code(convicted, row) == YES && Checks.agedUnder(context, oc2.child(row), end, 10)) {
        findings.add(context, oc2, row, convicted);
      }
    }
  }

  private static void adoptionForCareLeaver(ValidationContext context, Findings findings) {
    TableData oc3 = context.table(OC3);
    TableData ad1 = context.table(AD1);
    BitSet careLeavers = new BitSet();
    for (int row = 0; row < oc3.size(); row++) if (oc3.child(row) >= 0) careLeavers.set(oc3.child(row));
    for (int row = 0; row < ad1.size(); row++) {
      if (ad1.child(row) >= 0 && careLeavers.get(ad1.child(row))) findings.add(context, ad1, row, 0);
    }
  }
}
