package uk.lacexplorer.episodes.validate;

import static uk.lacexplorer.episodes.parse.Tables.MISSING;
import static uk.lacexplorer.episodes.parse.Tables.PREVIOUS_PERMANENCE;
import static uk.lacexplorer.episodes.parse.Tables.REVIEWS;
import static uk.lacexplorer.episodes.parse.Tables.UASC;
import static uk.lacexplorer.episodes.validate.Rule.Severity.ERROR;
import static uk.lacexplorer.episodes.validate.Rule.Severity.WARNING;

import java.util.List;
import java.util.regex.Pattern;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/** Rules on reviews, missing periods, previous permanence and UASC status. */
final class OtherTableRules {
  /** A full date, or a partial one with unknown parts written ZZ (DfE allows ZZ/MM/YYYY and ZZ/ZZ/YYYY). */
  private static final Pattern PERMANENCE_DATE = Pattern.compile("(\\d{2}|ZZ)/(\\d{2}|ZZ)/\\d{4}");

  private OtherTableRules() {
  }

  static List<RuleDefinition> rules() {
    int misStart = MISSING.column("MIS_START");
    return List.of(
        new RuleDefinition(Rule.own("LX34", "reviews", "REVIEW", "Date of the review is blank or not a valid date.", ERROR),
            Checks.date(REVIEWS, "REVIEW", false)),
        new RuleDefinition(Rule.own("LX35", "reviews", "REVIEW_CODE",
            "How the child took part in the review is not a valid code (PN0 to PN7).", ERROR),
            Checks.code(REVIEWS, "REVIEW_CODE", true)),
        new RuleDefinition(Rule.own("LX36", "reviews", "REVIEW",
            "The review took place when the child was not looked after (outside every episode).", WARNING),
            (context, findings) -> outsideCare(context, findings, REVIEWS.column("REVIEW"), REVIEWS)),
        new RuleDefinition(Rule.dfe("1006", "missing", "MISSING", "Missing type is blank or invalid (M or A)."),
            Checks.code(MISSING, "MISSING", false)),
        new RuleDefinition(Rule.own("LX37", "missing", "MIS_START",
            "Start of the missing or away period is blank or not a valid date.", ERROR), Checks.date(MISSING, "MIS_START", false)),
        new RuleDefinition(Rule.own("LX38", "missing", "MIS_END", "End of the missing or away period is not a valid date.", ERROR),
            Checks.date(MISSING, "MIS_END", true)),
        new RuleDefinition(Rule.dfe("567", "missing", "MIS_END", "The missing or away period ended before it started."),
            Checks.order(MISSING, "MIS_START", "MIS_END", MISSING.column("MIS_END"))),
        new RuleDefinition(Rule.dfe("574", "missing", "MIS_START",
            "A missing or away period starts before the child's previous one ended."), OtherTableRules::missingOverlap),
        new RuleDefinition(Rule.own("LX39", "missing", "MIS_START",
            "The child went missing on a day they were not looked after (outside every episode).", WARNING),
            (context, findings) -> outsideCare(context, findings, misStart, MISSING)),
        new RuleDefinition(Rule.dfe("631", "previous_permanence", "PREV_PERM", "Previous permanence option is not a valid value."),
            Checks.code(PREVIOUS_PERMANENCE, "PREV_PERM", true)),
        new RuleDefinition(Rule.own("LX40", "previous_permanence", "DATE_PERM",
            "Date of the previous permanence order is not dd/mm/yyyy (unknown day or month may be ZZ).", ERROR),
            OtherTableRules::permanenceDate),
        new RuleDefinition(Rule.dfe("104", "uasc", "DUC",
            "Date unaccompanied asylum-seeking child status ceased is not a valid date, or is before the collection "
                + "year began (1 April)."), OtherTableRules::uascCeased),
        new RuleDefinition(Rule.own("LX41", "uasc", "DUC",
            "Date UASC status ceased is before the child's date of birth.", ERROR),
            Checks.order(UASC, "DOB", "DUC", UASC.column("DUC"))));
  }

  private static void uascCeased(ValidationContext context, Findings findings) {
    TableData uasc = context.table(UASC);
    int column = UASC.column("DUC");
    int start = context.collectionStart();
    for (int row = 0; row < uasc.size(); row++) {
      int day = uasc.date(column, row);
      if (day == Dates.INVALID || (Dates.isDate(day) && Dates.isDate(start) && day < start)) {
        findings.add(context, uasc, row, column);
      }
    }
  }

  /** Rows of {@code table} whose date in {@code column} falls outside every episode of the child. */
  private static void outsideCare(ValidationContext context, Findings findings, int column,
                                  uk.lacexplorer.episodes.parse.TableSpec spec) {
    TableData table = context.table(spec);
    TableData episodes = context.episodes();
    EpisodeOrder order = context.order();
    for (int row = 0; row < table.size(); row++) {
      int child = table.child(row);
      int day = table.date(column, row);
      if (child < 0 || !Dates.isDate(day) || child >= order.children()) continue;
      boolean inCare = false;
      for (int p = order.begin(child); p < order.end(child) && !inCare; p++) {
        int start = episodes.date(Episode.DECOM, order.row(p));
        int end = episodes.date(Episode.DEC, order.row(p));
        inCare = Dates.isDate(start) && start <= day && (end == Dates.BLANK || (Dates.isDate(end) && day <= end));
      }
      if (!inCare && order.end(child) > order.begin(child)) findings.add(context, table, row, column);
    }
  }

  private static void missingOverlap(ValidationContext context, Findings findings) {
    TableData missing = context.table(MISSING);
    int start = MISSING.column("MIS_START");
    int end = MISSING.column("MIS_END");
    Integer[] rows = new Integer[missing.size()];
    for (int i = 0; i < rows.length; i++) rows[i] = i;
    java.util.Arrays.sort(rows, java.util.Comparator.<Integer>comparingInt(missing::child)
        .thenComparingInt(row -> missing.date(start, row)));
    for (int i = 1; i < rows.length; i++) {
      int previous = rows[i - 1];
      int row = rows[i];
      if (missing.child(row) < 0 || missing.child(row) != missing.child(previous)) continue;
      int previousEnd = missing.date(end, previous);
      int thisStart = missing.date(start, row);
      boolean previousOpen = previousEnd == Dates.BLANK && Dates.isDate(missing.date(start, previous));
      if (Dates.isDate(thisStart) && (previousOpen || (Dates.isDate(previousEnd) && thisStart <= previousEnd))) {
        findings.add(context, missing, row, start);
      }
    }
  }

  private static void permanenceDate(ValidationContext context, Findings findings) {
    TableData table = context.table(PREVIOUS_PERMANENCE);
    int column = PREVIOUS_PERMANENCE.column("DATE_PERM");
    for (int row = 0; row < table.size(); row++) {
      String text = table.text(column, row);
      if (text.isEmpty()) continue;
      boolean valid = PERMANENCE_DATE.matcher(text).matches()
          && (text.contains("Z") || Dates.isDate(new Dates(2100).parse(text)));
      if (!valid) findings.add(context, table, row, column);
    }
  }
}
