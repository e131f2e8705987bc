package uk.lacexplorer.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/**
 * The one mapper of a {@link CascadeResult}: one row per figure (each stage's rate, its conversion from the stage
 * before, each resource), with the nation, the neighbours and the funnel position beside it, the summary sentence in
 * English and Welsh.
 */
public final class CascadeTable {
  public static final List<Column> COLUMNS = List.of(Column.text("stage"), Column.text("figure"), Column.text("from_stage"),
      Column.whole("count"), Column.text("count_flag"), Column.whole("base"), Column.rate("value"),
      Column.rate("ci95_lower"), Column.rate("ci95_upper"), Column.rate("national_value"),
      Column.rate("neighbours_median"), Column.rate("neighbours_min"), Column.rate("neighbours_max"),
      Column.text("funnel_position"), Column.decimals("ratio", 4, 2), Column.decimals("ratio_ci95_lower", 4, 2),
      Column.decimals("ratio_ci95_upper", 4, 2), Column.text("status"), Column.text("load_table"));

  private CascadeTable() {
  }

  public static Output output(CascadeResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (CascadeFigure f : result.figures()) {
      rows.add(Output.row(f.stage().measure(), f.figure(), f.from(), f.count(), f.countFlag(), f.base(), f.value(),
          f.lower(), f.upper(), f.national(), f.neighboursMedian(), f.neighboursMin(), f.neighboursMax(), f.position(),
          f.ratio(), f.ratioLower(), f.ratioUpper(), CascadeText.status(Lang.EN, f.status()),
          CascadeText.loadTable(Lang.EN, result.nation(), f)));
    }
    List<String> notes = new ArrayList<>();
    notes.add(result.areaName() + " (" + result.areaCode() + "), year ending 31 March " + result.year() + ".");
    notes.add(CascadeText.summary(Lang.EN, result));
    if (!result.neighbours().isEmpty()) {
      notes.add("Need-based neighbours (" + result.neighbours().size() + ", euclidean on " + result.factor() + "): "
          + String.join(", ", result.neighbours().stream().map(CascadeResult.Neighbour::name).toList()) + ".");
    }
    notes.addAll(result.notes());
    notes.add("rate_per_10000: count per 10,000 children aged 0-17, exact Poisson 95% CI. per_100_previous: count per "
        + "100 of from_stage, Wilson 95% CI. value: a resource, no interval.");
    notes.add("funnel_position: against the pooled rate of the nation's authorities (exact Poisson limits for rates, "
        + "binomial limits for conversions, normal approximation). ratio: value / neighbours_median, CI = the value's CI / "
        + "the median.");
    notes.add("A figure the loaded data do not hold is 'not in the loaded data', never zero.");
    java.util.Set<String> tables = new java.util.LinkedHashSet<>();
    for (CascadeFigure f : result.figures()) {
      String table = CascadeText.loadTable(Lang.EN, result.nation(), f);
      if (!table.isEmpty()) tables.add(table);
    }
    if (!tables.isEmpty()) {
      notes.add("Not in the loaded data: load StatsWales table(s) " + String.join("; ", tables.stream()
          .map(t -> "\"" + t + "\"").toList()) + " (./lacx import statswales-ID FILE; DATA.md lists them).");
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", result.areaCode());
    json.put("area_name", result.areaName());
    json.put("nation", result.nation());
    json.put("year", result.year());
    json.put("need_factor", result.factor());
    json.put("neighbours", result.neighbours().stream().map(n -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("area_code", n.code());
      one.put("area_name", n.name());
      return one;
    }).toList());
    json.put("summary_en", CascadeText.summary(Lang.EN, result));
    json.put("summary_cy", CascadeText.summary(Lang.CY, result));
    json.put("rows", Output.objects(COLUMNS, rows));
    return new Output(COLUMNS, rows, notes, json);
  }
}
