package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's result, printable in every {@link OutputFormat}: columns and rows for the table and CSV, notes for
 * people (printed under the table only), and the JSON value (by default one object per row).
 */
public record Report(List<String> columns, List<List<Object>> rows, List<String> notes, Object json) {
  public Report {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  public static Report of(List<String> columns, List<List<Object>> rows, List<String> notes) {
    return new Report(columns, rows, notes, null);
  }

  public Report withJson(Object value) {
    return new Report(columns, rows, notes, value);
  }

  /** The JSON value: the one given, or the rows as objects keyed by column. */
  public Object jsonValue() {
    if (json != null) return json;
    List<Map<String, Object>> objects = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) object.put(columns.get(i), row.get(i));
      objects.add(object);
    }
    return objects;
  }
}
