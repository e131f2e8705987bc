package uk.lacexplorer.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an analysis gives its readers, made by the analysis' one mapper and written by {@link OutputWriter} in every
 * {@link OutputFormat}: the command line's {@code --format table|csv|json} and the API's JSON and CSV come from the
 * same value, so they cannot differ.
 *
 * @param columns the table's columns (CSV header, JSON keys of the rows)
 * @param rows the table, one list of cells per row, in column order, at full precision (columns round them)
 * @param notes sentences for people, printed under the aligned table only
 * @param json the JSON answer, built of maps, lists and values (use {@link #objects} for a table inside it), or null
 *     for the rows as objects
 */
public record Output(List<Column> columns, List<List<Object>> rows, List<String> notes, Object json) {
  public Output {
    columns = List.copyOf(columns);
    List<List<Object>> copied = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
      }
      copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copied);
    notes = List.copyOf(notes);
  }

  public static Output of(List<Column> columns, List<List<Object>> rows, List<String> notes) {
    return new Output(columns, rows, notes, null);
  }

  /** The same table and notes with a JSON answer of its own. */
  public Output withJson(Object value) {
    return new Output(columns, rows, notes, value);
  }

  /** One row from its cells (nulls allowed). */
  public static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** The JSON answer: the one given, or the rows as objects keyed by column name. */
  public Object jsonValue() {
    return json != null ? json : objects(columns, rows);
  }

  /** Rows as JSON objects keyed by column name, numbers rounded as the columns say. */
  public static List<Map<String, Object>> objects(List<Column> columns, List<List<Object>> rows) {
    List<Map<String, Object>> objects = new ArrayList<>(rows.size());
    for (List<Object> row : rows) objects.add(object(columns, row));
    return objects;
  }

  /** One row as a JSON object. */
  public static Map<String, Object> object(List<Column> columns, List<Object> row) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) object.put(columns.get(i).name(), columns.get(i).written(row.get(i)));
    return object;
  }
}
