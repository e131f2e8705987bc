package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;
import static uk.lacexplorer.episodes.validate.Rule.Severity.WARNING;

import java.util.List;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.parse.ColumnSpec;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.TableSpec;
import uk.lacexplorer.episodes.parse.Tables;
import uk.lacexplorer.episodes.parse.Tables.Episode;
import uk.lacexplorer.episodes.parse.Tables.Header;

/** Checks that hold the tables together: child ids present and matched, one header row per child, readable years. */
final class IntegrityRules {
  private IntegrityRules() {
  }

  static List<RuleDefinition> rules() {
    return List.of(
        new RuleDefinition(Rule.own("LX01", "any", "CHILD", "The child id is blank.", ERROR), IntegrityRules::blankChild),
        new RuleDefinition(Rule.own("LX02", "header", "CHILD", "The child appears more than once in the header.", ERROR),
            IntegrityRules::duplicateHeader),
        new RuleDefinition(Rule.own("LX03", "episodes", "CHILD",
            "The child has episodes but no row in the header.", ERROR), IntegrityRules::episodesWithoutHeader),
        new RuleDefinition(new Rule("EPI", "header", "CHILD", "The child is in the header but has no episodes (and is not a care leaver in OC3).",
            "DfE data collection portal check EPI (named by data-to-insight/csc-validator-be-903)", ERROR),
            IntegrityRules::headerWithoutEpisodes),
        new RuleDefinition(Rule.own("LX04", "any", "date fields",
            "The date is written with a two-digit year; it was read with the century shown (check it).", WARNING),
            IntegrityRules::twoDigitYears),
        new RuleDefinition(Rule.own("LX42", "any", "date and code fields",
            "The cell is not written as the DfE specification says (dates dd/mm/yyyy, codes exactly as listed, no "
                + "spaces around); it was read, but the DfE portal would refuse it.", ERROR),
            IntegrityRules::nonStandardCells),
        new RuleDefinition(Rule.own("LX05", "any other table", "CHILD",
            "The child is in this table but not in the header.", ERROR), IntegrityRules::otherTableWithoutHeader),
        new RuleDefinition(Rule.own("LX06", "any other table", "DOB",
            "The date of birth differs from the one in the header.", ERROR), IntegrityRules::dateOfBirthDiffers),
        new RuleDefinition(Rule.own("LX07", "episodes", "DECOM",
            "Two episodes of the same child start on the same day.", ERROR), IntegrityRules::sameStartDay));
  }

  private static void blankChild(ValidationContext context, Findings findings) {
    for (TableSpec spec : Tables.ALL) {
      TableData table = context.table(spec);
      for (int row = 0; row < table.size(); row++) if (table.child(row) < 0) findings.add(context, table, row, 0);
    }
  }

  private static void duplicateHeader(ValidationContext context, Findings findings) {
    TableData header = context.header();
    for (int row = 0; row < header.size(); row++) {
      int child = header.child(row);
      if (child >= 0 && context.headerRow(child) != row) findings.add(context, header, row, Header.CHILD);
    }
  }

  private static void episodesWithoutHeader(ValidationContext context, Findings findings) {
    EpisodeOrder order = context.order();
    for (int c = 0; c < order.children(); c++) {
      if (order.end(c) > order.begin(c) && context.headerRow(c) < 0) {
        findings.add(context, context.episodes(), order.row(order.begin(c)), Episode.CHILD);
      }
    }
  }

  private static void headerWithoutEpisodes(ValidationContext context, Findings findings) {
    EpisodeOrder order = context.order();
    TableData header = context.header();
    java.util.BitSet careLeavers = new java.util.BitSet();
    TableData oc3 = context.table(Tables.OC3);
    for (int row = 0; row < oc3.size(); row++) if (oc3.child(row) >= 0) careLeavers.set(oc3.child(row));
    for (int row = 0; row < header.size(); row++) {
      int child = header.child(row);
      if (child >= 0 && context.headerRow(child) == row && order.end(child) == order.begin(child)
          && !careLeavers.get(child)) {
        findings.add(context, header, row, Header.CHILD);
      }
    }
  }

  private static void twoDigitYears(ValidationContext context, Findings findings) {
    for (TableSpec spec : Tables.ALL) {
      TableData table = context.table(spec);
      for (int c = 0; c < spec.columns().size(); c++) {
        if (spec.columns().get(c).kind() != ColumnSpec.Kind.DATE) continue;
        for (int row = 0; row < table.size(); row++) {
          if (table.twoDigitYear(c, row)) findings.add(context, table, row, c);
        }
      }
    }
  }

  private static void nonStandardCells(ValidationContext context, Findings findings) {
    for (TableSpec spec : Tables.ALL) {
      TableData table = context.table(spec);
      for (int c = 0; c < spec.columns().size(); c++) {
        ColumnSpec.Kind kind = spec.columns().get(c).kind();
        if (kind != ColumnSpec.Kind.DATE && kind != ColumnSpec.Kind.CODE) continue;
        for (int row = 0; row < table.size(); row++) {
          if (table.nonStandard(c, row)) findings.add(context, table, row, c);
        }
      }
    }
  }

  private static void otherTableWithoutHeader(ValidationContext context, Findings findings) {
    for (TableSpec spec : Tables.ALL) {
      if (spec == Tables.HEADER || spec == Tables.EPISODES) continue;
      TableData table = context.table(spec);
      for (int row = 0; row < table.size(); row++) {
        int child = table.child(row);
        if (child >= 0 && context.headerRow(child) < 0) findings.add(context, table, row, 0);
      }
    }
  }

  private static void dateOfBirthDiffers(ValidationContext context, Findings findings) {
    for (TableSpec spec : Tables.ALL) {
      if (spec == Tables.HEADER || spec == Tables.EPISODES) continue;
      int dob = spec.column("DOB");
      TableData table = context.table(spec);
      for (int row = 0; row < table.size(); row++) {
        int given = table.date(dob, row);
        int inHeader = context.dateOfBirth(table.child(row));
        if (Dates.isDate(given) && Dates.isDate(inHeader) && given != inHeader) findings.add(context, table, row, dob);
      }
    }
  }

  private static void sameStartDay(ValidationContext context, Findings findings) {
    EpisodeOrder order = context.order();
    TableData episodes = context.episodes();
    for (int c = 0; c < order.children(); c++) {
      for (int p = order.begin(c) + 1; p < order.end(c); p++) {
        int decom = episodes.date(Episode.DECOM, order.row(p));
        if (Dates.isDate(decom) && decom == episodes.date(Episode.DECOM, order.row(p - 1))) {
          findings.add(context, episodes, order.row(p), Episode.DECOM);
        }
      }
    }
  }
}
