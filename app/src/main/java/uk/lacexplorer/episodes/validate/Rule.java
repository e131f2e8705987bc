package uk.lacexplorer.episodes.validate;

import java.util.Objects;

/**
 * One validation rule as documented: its id (the DfE rule number where there is one, else {@code LX…} for LAC
 * Explorer's own integrity checks), the table and fields it looks at, the message shown with every failure, where it
 * comes from, and how serious a failure is.
 */
public record Rule(String id, String table, String field, String message, String source, Severity severity) {
  public enum Severity { ERROR, WARNING }

  public static final String DFE = "DfE SSDA903 validation rule %s (as implemented by data-to-insight/csc-validator-be-903)";
  public static final String LACX = "LAC Explorer integrity check";

  public Rule {
    Objects.requireNonNull(id);
    Objects.requireNonNull(table);
    Objects.requireNonNull(field);
    Objects.requireNonNull(message);
    Objects.requireNonNull(source);
    Objects.requireNonNull(severity);
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
