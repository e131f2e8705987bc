package uk.lacexplorer.episodes.validate;

import java.util.Objects;

/**
 * One validation rule as documented: its id (the DfE rule number where there is one, else {@code LX…} for LAC
 * Explorer's own integrity checks), the table and fields it looks at, the message shown with every failure, where it
 * comes from, how serious a failure is, and the collection years it applies to ({@code fromYear}..{@code toYear},
 * years ending 31 March: 2018 is 2017-18). A return is checked by the rules that apply in its year.
 */
public record Rule(String id, String table, String field, String message, String source, Severity severity,
                   int fromYear, int toYear) {
  public enum Severity { ERROR, WARNING }

  /** The first and last collection years rules are written for: 2017-18 to 2026-27. */
  public static final int FIRST_YEAR = 2018;
  public static final int LAST_YEAR = 2027;

  public Rule(String id, String table, String field, String message, String source, Severity severity) {
    this(id, table, field, message, source, severity, FIRST_YEAR, LAST_YEAR);
  }

  public static final String DFE = "DfE SSDA903 validation rule %s (as implemented by data-to-insight/csc-validator-be-903)";
  public static final String LACX = "LAC Explorer integrity check";

  public Rule {
    Objects.requireNonNull(id);
    Objects.requireNonNull(table);
    Objects.requireNonNull(field);
    Objects.requireNonNull(message);
    Objects.requireNonNull(source);
    Objects.requireNonNull(severity);
    if (toYear < fromYear) throw new IllegalArgumentException("rule " + id + " ends before it begins");
  }

  /** Whether the rule applies to a return for the collection year ending 31 March {@code year}. */
  public boolean appliesIn(int year) {
    return year >= fromYear && year <= toYear;
  }

  /** The same rule, applying from the collection year ending 31 March {@code year}. */
  Rule from(int year) {
    return new Rule(id, table, field, message, source, severity, year, toYear);
  }

  /** The same rule, applying up to the collection year ending 31 March {@code year}. */
  Rule until(int year) {
    return new Rule(id, table, field, message, source, severity, fromYear, year);
  }

  /** A collection year written as DfE does: 2026 is {@code 2025-26}. */
  public static String yearLabel(int year) {
    return "%d-%02d".formatted(year - 1, year % 100);
  }

  /** The year ending 31 March of a label {@code 2025-26}, or -1 when the text is not such a label. */
  public static int parseYear(String label) {
    if (label == null || !label.matches("\\d{4}-\\d{2}")) return -1;
    int start = Integer.parseInt(label.substring(0, 4));
    int end = Integer.parseInt(label.substring(5));
    return (start + 1) % 100 == end ? start + 1 : -1;
  }

  static Rule dfe(String id, String table, String field, String message) {
    return new Rule(id, table, field, message, DFE.formatted(id), Severity.ERROR);
  }

  static Rule dfeWarning(String id, String table, String field, String message) {
    return new Rule(id, table, field, message, DFE.formatted(id), Severity.WARNING);
  }

  static Rule own(String id, String table, String field, String message, Severity severity) {
    return new Rule(id, table, field, message, LACX, severity);
  }
}
