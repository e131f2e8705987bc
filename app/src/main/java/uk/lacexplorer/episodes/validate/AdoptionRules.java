package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.parse.Tables.AD1;
import static uk.lacexplorer.episodes.parse.Tables.PLACED_FOR_ADOPTION;
import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;
import static uk.lacexplorer.episodes.validate.Rule.Severity.WARNING;

import java.util.BitSet;
import java.util.List;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/** Rules on the adoption tables (AD1, placed for adoption) and their agreement with the episodes. */
final class AdoptionRules {
  private static final boolean[] ADOPTED = CodeLists.standard().reasonCeased.set("E11", "E12");
  private static final byte SINGLE = CodeLists.standard().legalStatusAdopter.index("L3");

  private AdoptionRules() {
  }

  static List<RuleDefinition> rules() {
    return List.of(
        new RuleDefinition(Rule.dfe("112", "ad1", "DATE_INT", "Date the child should be placed for adoption is not a valid date."),
            Checks.date(AD1, "DATE_INT", true)),
        new RuleDefinition(Rule.dfe("113", "ad1", "DATE_MATCH", "Date of matching child and adopter(s) is not a valid date."),
            Checks.date(AD1, "DATE_MATCH", true)),
        new RuleDefinition(Rule.dfe("114", "ad1", "FOSTER_CARE", "Whether the adopters were the child's foster carers must be 0 or 1."),
            Checks.code(AD1, "FOSTER_CARE", true)),
        new RuleDefinition(Rule.own("LX23", "ad1", "NB_ADOPTR", "The number of adopters must be 1 or 2.", ERROR),
            AdoptionRules::numberOfAdopters),
        new RuleDefinition(Rule.own("LX24", "ad1", "SEX_ADOPTR", "The adopters' sex is not a valid code.", ERROR),
            Checks.code(AD1, "SEX_ADOPTR", true)),
        new RuleDefinition(Rule.own("LX25", "ad1", "LS_ADOPTR", "The adopters' legal status is not a valid code.", ERROR),
            Checks.code(AD1, "LS_ADOPTR", true)),
        new RuleDefinition(Rule.own("LX26", "ad1", "LS_ADOPTR",
            "The adopters' legal status and number disagree (a single adopter, L3, is one person; a couple is two).", ERROR),
            AdoptionRules::singleOrCouple),
        new RuleDefinition(Rule.dfe("115", "placed_for_adoption", "DATE_PLACED",
            "Date of the decision that the child should be placed for adoption is not a valid date."),
            Checks.date(PLACED_FOR_ADOPTION, "DATE_PLACED", true)),
        new RuleDefinition(Rule.dfe("116", "placed_for_adoption", "DATE_PLACED_CEASED",
            "Date of the decision that the child should no longer be placed for adoption is not a valid date."),
            Checks.date(PLACED_FOR_ADOPTION, "DATE_PLACED_CEASED", true)),
        new RuleDefinition(Rule.dfe("119", "placed_for_adoption", "DATE_PLACED_CEASED",
            "When the decision to place for adoption is reversed, its date and its reason must both be given."),
            AdoptionRules::reversalWithReason),
        new RuleDefinition(Rule.dfe("120", "placed_for_adoption", "REASON_PLACED_CEASED",
            "Reason the decision to place for adoption was reversed is not a valid code."),
            Checks.code(PLACED_FOR_ADOPTION, "REASON_PLACED_CEASED", true)),
        new RuleDefinition(Rule.dfe("522", "placed_for_adoption", "DATE_PLACED",
            "Date of the decision to place for adoption must be on or before the date it was reversed."),
            Checks.order(PLACED_FOR_ADOPTION, "DATE_PLACED", "DATE_PLACED_CEASED", 2)),
        new RuleDefinition(Rule.own("LX27", "placed_for_adoption", "DATE_PLACED",
            "Date of the decision to place for adoption is before the child's date of birth.", ERROR),
            Checks.order(PLACED_FOR_ADOPTION, "DOB", "DATE_PLACED", 2)),
        new RuleDefinition(Rule.own("LX28", "ad1", "CHILD",
            "Adoption details (AD1) are given but no episode of the child ends in adoption (E11/E12).", WARNING),
            AdoptionRules::adoptionDetailsWithoutAdoption),
        new RuleDefinition(Rule.own("LX29", "episodes", "REC",
            "An episode ends in adoption (E11/E12) but the AD1 table has no row for the child.", WARNING),
            AdoptionRules::adoptionWithoutDetails));
  }

  private static void numberOfAdopters(ValidationContext context, Findings findings) {
    TableData ad1 = context.table(AD1);
    int column = AD1.column("NB_ADOPTR");
    for (int row = 0; row < ad1.size(); row++) {
      String number = ad1.text(column, row);
      if (!number.isEmpty() && !number.equals("1") && !number.equals("2")) findings.add(context, ad1, row, column);
    }
  }

  private static void singleOrCouple(ValidationContext context, Findings findings) {
    TableData ad1 = context.table(AD1);
    int number = AD1.column("NB_ADOPTR");
    int status = AD1.column("LS_ADOPTR");
    for (int row = 0; row < ad1.size(); row++) {
      byte code = ad1.code(status, row);
      String count = ad1.text(number, row);
      if (code <= 0 || count.isEmpty()) continue;
      boolean single = code == SINGLE;
      if ((single && count.equals("2")) || (!single && count.equals("1"))) findings.add(context, ad1, row, status);
    }
  }

  private static void reversalWithReason(ValidationContext context, Findings findings) {
    TableData placed = context.table(PLACED_FOR_ADOPTION);
    int date = PLACED_FOR_ADOPTION.column("DATE_PLACED_CEASED");
    int reason = PLACED_FOR_ADOPTION.column("REASON_PLACED_CEASED");
    for (int row = 0; row < placed.size(); row++) {
      boolean noDate = placed.date(date, row) == Dates.BLANK;
      boolean noReason = placed.code(reason, row) == CodeList.BLANK;
      if (noDate != noReason) findings.add(context, placed, row, noDate ? date : reason);
    }
  }

  private static BitSet adoptedChildren(ValidationContext context) {
    BitSet adopted = new BitSet();
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      byte rec = episodes.code(Episode.REC, row);
      if (rec > 0 && ADOPTED[rec] && episodes.child(row) >= 0) adopted.set(episodes.child(row));
    }
    return adopted;
  }

  private static void adoptionDetailsWithoutAdoption(ValidationContext context, Findings findings) {
    TableData ad1 = context.table(AD1);
    if (ad1.size() == 0) return;
    BitSet adopted = adoptedChildren(context);
    for (int row = 0; row < ad1.size(); row++) {
      if (ad1.child(row) >= 0 && !adopted.get(ad1.child(row))) findings.add(context, ad1, row, 0);
    }
  }

  private static void adoptionWithoutDetails(ValidationContext context, Findings findings) {
    TableData ad1 = context.table(AD1);
    if (!ad1.isPresent()) return;
    BitSet detailed = new BitSet();
    for (int row = 0; row < ad1.size(); row++) if (ad1.child(row) >= 0) detailed.set(ad1.child(row));
    TableData episodes = context.episodes();
    for (int row = 0; row < episodes.size(); row++) {
      byte rec = episodes.code(Episode.REC, row);
      if (rec > 0 && ADOPTED[rec] && episodes.child(row) >= 0 && !detailed.get(episodes.child(row))) {
        findings.add(context, episodes, row, Episode.REC);
      }
    }
  }
}
