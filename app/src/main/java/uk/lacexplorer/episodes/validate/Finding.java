package uk.lacexplorer.episodes.validate;

/**
 * One failure of one rule: where (authority, table, file line, child) and what (field, value as written).
 *
 * @param line the 1-based line of the table's file (the column names are line 1); 0 when the finding is about a
 *             child rather than a row
 */
public record Finding(String laCode, Rule rule, String table, int line, String child, String field, String value) {
  public String message() {
    return rule.message();
  }
}
