package uk.lacexplorer.episodes.validate;

import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.TableSpec;

/** Building blocks shared by the rule sets: code and date checks over one column of one table. */
final class Checks {
  private Checks() {
  }

  /** Unknown codes fail; blank cells fail unless {@code blankAllowed}. */
  static Check code(TableSpec spec, String column, boolean blankAllowed) {
    int c = spec.column(column);
    return (context, findings) -> {
      TableData table = context.table(spec);
      for (int row = 0; row < table.size(); row++) {
        byte code = table.code(c, row);
        if (code == CodeList.UNKNOWN || (code == CodeList.BLANK && !blankAllowed)) findings.add(context, table, row, c);
      }
    };
  }

  /** Like {@link #code} but a known code must also be valid in the year of the row ({@code episodes}: its DECOM). */
  static Check codeForYear(TableSpec spec, String column, boolean blankAllowed, boolean yearOfEpisode) {
    int c = spec.column(column);
    return (context, findings) -> {
      TableData table = context.table(spec);
      CodeList codes = spec.columns().get(c).codes();
      for (int row = 0; row < table.size(); row++) {
        byte code = table.code(c, row);
        int year = yearOfEpisode ? context.yearOfEpisode(row) : context.reportingYear();
        boolean bad = code == CodeList.UNKNOWN || (code == CodeList.BLANK && !blankAllowed)
            || (code > 0 && !codes.validIn(code, year));
        if (bad) findings.add(context, table, row, c);
      }
    };
  }

  /** Unreadable dates fail; blank cells fail unless {@code blankAllowed}. */
  static Check date(TableSpec spec, String column, boolean blankAllowed) {
    int c = spec.column(column);
    return (context, findings) -> {
      TableData table = context.table(spec);
      for (int row = 0; row < table.size(); row++) {
        int day = table.date(c, row);
        if (day == Dates.INVALID || (day == Dates.BLANK && !blankAllowed)) findings.add(context, table, row, c);
      }
    };
  }

  /** Checked-text cells whose format is wrong (blank cells pass). */
  static Check format(TableSpec spec, String... columns) {
    int[] indexes = java.util.Arrays.stream(columns).mapToInt(spec::column).toArray();
    return (context, findings) -> {
      TableData table = context.table(spec);
      for (int row = 0; row < table.size(); row++) {
        for (int c : indexes) if (table.checked(c, row) == TableData.INVALID) findings.add(context, table, row, c);
      }
    };
  }

  /** Rows where two dates are both readable and the first is after the second. */
  static Check order(TableSpec spec, String earlier, String later, int reportColumn) {
    int first = spec.column(earlier);
    int second = spec.column(later);
    return (context, findings) -> {
      TableData table = context.table(spec);
      for (int row = 0; row < table.size(); row++) {
        int a = table.date(first, row);
        int b = table.date(second, row);
        if (Dates.isDate(a) && Dates.isDate(b) && a > b) findings.add(context, table, row, reportColumn);
      }
    };
  }

  static boolean blank(TableData table, int column, int row) {
    return switch (table.spec().columns().get(column).kind()) {
      case DATE -> table.date(column, row) == Dates.BLANK;
      case CODE -> table.code(column, row) == CodeList.BLANK;
      case TEXT -> table.text(column, row).isEmpty();
      case CHECKED -> table.checked(column, row) == CodeList.BLANK;
      case CHILD -> table.child(row) < 0;
    };
  }

  /** The child is at least {@code years} old on {@code day}; false when either date is unknown. */
  static boolean agedAtLeast(ValidationContext context, int child, int day, int years) {
    int birth = context.dateOfBirth(child);
    return Dates.isDate(birth) && Dates.isDate(day) && day >= Dates.plusYears(birth, years);
  }

  /** The child is younger than {@code years} on {@code day}; false when either date is unknown. */
  static boolean agedUnder(ValidationContext context, int child, int day, int years) {
    int birth = context.dateOfBirth(child);
    return Dates.isDate(birth) && Dates.isDate(day) && day < Dates.plusYears(birth, years);
  }
}
