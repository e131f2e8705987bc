package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;
import static uk.lacexplorer.episodes.validate.Rule.Severity.WARNING;

import java.util.List;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables;
import uk.lacexplorer.episodes.parse.Tables.Header;

/** Rules on the header table: sex, date of birth, ethnicity, motherhood fields, UPN. */
final class HeaderRules {
  private static final CodeList SEX = CodeLists.standard().sex;
  private static final boolean[] MALE = SEX.set("1", "M");
  private static final byte YES = CodeLists.standard().zeroOne.index("1");

  private HeaderRules() {
  }

  static List<RuleDefinition> rules() {
    return List.of(
        new RuleDefinition(Rule.dfe("101", "header", "SEX",
            "Sex is blank or not a code of the reporting year (1/2 until 2023-24, M/F/U from 2024-25)."),
            Checks.codeForYear(Tables.HEADER, "SEX", false, false)),
        new RuleDefinition(Rule.dfe("102", "header", "DOB", "Date of birth is blank or not a valid date."),
            Checks.date(Tables.HEADER, "DOB", false)),
        new RuleDefinition(Rule.dfe("103", "header", "ETHNIC", "Ethnic origin is blank or not a valid code."),
            Checks.code(Tables.HEADER, "ETHNIC", false)),
        new RuleDefinition(Rule.own("LX08", "header", "MOTHER", "MOTHER must be 1 (is a mother), 0 or blank.", ERROR),
            Checks.code(Tables.HEADER, "MOTHER", true)),
        new RuleDefinition(Rule.own("LX09", "header", "MC_DOB",
            "The child is recorded as a mother but her child's date of birth is blank.", ERROR),
            HeaderRules::motherWithoutChildBirth),
        new RuleDefinition(Rule.own("LX10", "header", "MC_DOB",
            "A child's date of birth is given but MOTHER is not 1.", ERROR), HeaderRules::childBirthWithoutMother),
        new RuleDefinition(Rule.own("LX11", "header", "MC_DOB",
            "The date of birth of the mother's child is before the mother's own date of birth.", ERROR),
            Checks.order(Tables.HEADER, "DOB", "MC_DOB", Header.MC_DOB)),
        new RuleDefinition(Rule.own("LX12", "header", "MC_DOB",
            "A mother's child's date of birth is recorded but the child's sex is male.", ERROR),
            HeaderRules::maleMother),
        new RuleDefinition(Rule.own("LX13", "header", "UPN",
            "The unique pupil number is not 13 characters (a letter, 11 digits, a digit or letter) or UN1 to UN10.",
            WARNING), Checks.format(Tables.HEADER, "UPN")));
  }

  private static void motherWithoutChildBirth(ValidationContext context, Findings findings) {
    TableData header = context.header();
    for (int row = 0; row < header.size(); row++) {
      if (header.code(Header.MOTHER, row) == YES && header.date(Header.MC_DOB, row) == Dates.BLANK) {
        findings.add(context, header, row, Header.MC_DOB);
      }
    }
  }

  private static void childBirthWithoutMother(ValidationContext context, Findings findings) {
    TableData header = context.header();
    for (int row = 0; row < header.size(); row++) {
      if (header.date(Header.MC_DOB, row) != Dates.BLANK && header.code(Header.MOTHER, row) != YES) {
        findings.add(context, header, row, Header.MOTHER);
      }
    }
  }

  private static void maleMother(ValidationContext context, Findings findings) {
    TableData header = context.header();
    for (int row = 0; row < header.size(); row++) {
      byte sex = header.code(Header.SEX, row);
      if (header.date(Header.MC_DOB, row) != Dates.BLANK && sex > 0 && MALE[sex]) {
        findings.add(context, header, row, Header.MC_DOB);
      }
    }
  }
}
