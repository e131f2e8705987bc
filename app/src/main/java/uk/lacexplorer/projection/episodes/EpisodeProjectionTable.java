package uk.lacexplorer.projection.episodes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;

/** {@code ./lacx project --episodes DIR} as a table: one row per month end, then the types and bands in the notes. */
public final class EpisodeProjectionTable {
  private EpisodeProjectionTable() {
  }

  public static Output output(EpisodeProjectionResult result) {
    boolean scenario = result.request().scenario().changesFlows();
    List<Column> columns = new ArrayList<>(List.of(Column.text("month_end"), Column.decimals("expected", 2, 0),
        Column.decimals("median", 2, 0), Column.decimals("lower50", 2, 0), Column.decimals("upper50", 2, 0),
        Column.decimals("lower80", 2, 0), Column.decimals("upper80", 2, 0), Column.decimals("lower95", 2, 0),
        Column.decimals("upper95", 2, 0)));
    if (scenario) {
      columns.addAll(List.of(Column.decimals("scenario_expected", 2, 0), Column.decimals("scenario_lower95", 2, 0),
          Column.decimals("scenario_upper95", 2, 0)));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (EpisodeProjectionResult.Month m : result.months()) {
      List<Object> row = new ArrayList<>(List.of(m.date(), m.expected(), m.median(), m.lower50(), m.upper50(), m.lower80(),
          m.upper80(), m.lower95(), m.upper95()));
      if (scenario) row.addAll(List.of(m.scenarioExpected(), m.scenarioLower95(), m.scenarioUpper95()));
      rows.add(row);
    }
    List<String> notes = new ArrayList<>();
    notes.add(("%s: %d children looked after on %s (the extract's last month end), from %,d episodes of %,d children%s;"
        + " projected month by month by placement type and age band; intervals normal on the counts' exact mean and variance.")
        .formatted(result.areaCode(), result.startStock(), result.reference(), result.episodes(), result.children(),
            result.undated() == 0 ? "" : " (" + result.undated() + " children without a date of birth left out)"));
    notes.add(("Rates measured on the %d months before it: %.1f children start to be looked after a month; %.2f%% of"
        + " children in care at a month end have left by the next (including those turning 18); moves between placement"
        + " types and age bands as observed.").formatted(result.request().window(), result.entriesPerMonth(),
            100 * result.exitPerMonth()));
    if (scenario) {
      notes.add("Scenario: entrants %+.1f%%%s, the chance of leaving each month %+.1f%%.".formatted(
          result.request().scenario().entryChangePct(),
          result.request().entryBand() == null ? "" : " (aged " + result.request().entryBand().replace('_', '-') + " only)",
          result.request().scenario().exitChangePct()));
    }
    EpisodeProjectionResult.Month last = result.months().get(result.months().size() - 1);
    for (EpisodeProjectionResult.Group g : result.endByType()) {
      notes.add("%s %s: %d now, %.0f (80%%: %.0f to %.0f)".formatted(last.date(), g.id(), g.start(), g.expected(),
          g.lower80(), g.upper80()));
    }
    for (EpisodeProjectionResult.Group g : result.endByBand()) {
      notes.add("%s aged %s: %d now, %.0f (80%%: %.0f to %.0f)".formatted(last.date(), g.id().replace('_', '-'),
          g.start(), g.expected(), g.lower80(), g.upper80()));
    }
    notes.add("Times: read %d ms, calibrate %d ms, project %d ms.".formatted(result.millis().get("read"),
        result.millis().get("calibrate"), result.millis().get("project")));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", result.areaCode());
    json.put("reference", result.reference());
    json.put("episodes", result.episodes());
    json.put("children", result.children());
    json.put("children_without_date_of_birth", result.undated());
    json.put("start_stock", result.startStock());
    json.put("start_by_type", result.startByType());
    json.put("window_months", result.request().window());
    json.put("entries_per_month", Numbers.round(result.entriesPerMonth(), 4));
    json.put("exit_per_month", Numbers.round(result.exitPerMonth(), 6));
    json.put("rows", Output.objects(columns, rows));
    json.put("end_by_type", groups(result.endByType()));
    json.put("end_by_age_band", groups(result.endByBand()));
    json.put("millis", result.millis());
    return new Output(columns, rows, notes, json);
  }

  private static List<Map<String, Object>> groups(List<EpisodeProjectionResult.Group> groups) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (EpisodeProjectionResult.Group g : groups) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", g.id());
      m.put("start", g.start());
      m.put("expected", Numbers.round(g.expected(), 2));
      m.put("lower80", g.lower80());
      m.put("upper80", g.upper80());
      out.add(m);
    }
    return out;
  }
}
