package uk.lacexplorer.episodes.parse;

import uk.lacexplorer.episodes.codes.CodeList;

/**
 * One column of an SSDA903 table and how its cells are held: child id, date, code (with its list), free text, or
 * checked text (only its {@link TextFormat} is kept: valid, invalid with the raw text, or blank).
 */
public record ColumnSpec(String name, Kind kind, CodeList codes, TextFormat format) {
  public enum Kind { CHILD, DATE, CODE, TEXT, CHECKED }

  public ColumnSpec(String name, Kind kind, CodeList codes) {
    this(name, kind, codes, null);
  }

  static ColumnSpec child() {
    return new ColumnSpec("CHILD", Kind.CHILD, null);
  }

  static ColumnSpec date(String name) {
    return new ColumnSpec(name, Kind.DATE, null);
  }

  static ColumnSpec code(String name, CodeList codes) {
    return new ColumnSpec(name, Kind.CODE, codes);
  }

  static ColumnSpec text(String name) {
    return new ColumnSpec(name, Kind.TEXT, null);
  }

  static ColumnSpec checked(String name, TextFormat format) {
    return new ColumnSpec(name, Kind.CHECKED, null, format);
  }
}
