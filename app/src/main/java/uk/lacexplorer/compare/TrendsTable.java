package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/**
 * The mapper of {@link TrendsResult}: one authority's answer is exactly {@link TrendTable}'s; several give one table
 * whose rows name their area ({@code area_code, area_name}, then the trend's columns), and a JSON object with each
 * authority's trend under {@code areas}.
 */
public final class TrendsTable {
  public static final List<Column> COLUMNS;

  static {
    List<Column> columns = new ArrayList<>(List.of(Column.text("area_code"), Column.text("area_name")));
    columns.addAll(TrendTable.COLUMNS);
    COLUMNS = List.copyOf(columns);
  }

  private TrendsTable() {
  }

  public static Output output(TrendsResult result) {
    if (result.areas().size() == 1) return TrendTable.output(result.areas().get(0));
    List<List<Object>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Object> areas = new ArrayList<>();
    String measure = result.areas().get(0).measure();
    notes.add(result.areas().size() + " authorities, " + measure + " per 10,000 children aged 0-17, each on its "
        + "nation's standard denominator unless --denominator or --population says otherwise.");
    for (TrendResult trend : result.areas()) {
      Output one = TrendTable.output(trend);
      for (List<Object> row : one.rows()) {
        List<Object> named = new ArrayList<>(List.of(trend.areaCode(), trend.areaName()));
        named.addAll(row);
        rows.add(named);
      }
      for (String note : TrendTable.notes(trend)) {
        if (note.startsWith("Recent trend") || note.startsWith("Event ")) notes.add(trend.areaName() + ": " + note);
      }
      areas.add(one.jsonValue());
    }
    notes.add("vs_national: the authority's interval (Byar's, exact under 10) wholly above (higher) or below (lower) "
        + "its nation's rate.");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("measure", measure);
    json.put("area_codes", result.areas().stream().map(TrendResult::areaCode).toList());
    json.put("rows", Output.objects(COLUMNS, rows));
    json.put("areas", areas);
    return new Output(COLUMNS, rows, notes, json);
  }
}
