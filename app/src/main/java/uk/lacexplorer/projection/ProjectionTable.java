package uk.lacexplorer.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;

/** The one mapper of a {@link ProjectionResult}: per projected year the baseline fan, and with a scenario its fan and the difference. */
public final class ProjectionTable {
  private static final List<String> BAND = List.of("expected", "median", "lower50", "upper50", "lower80", "upper80",
      "lower95", "upper95");

  private ProjectionTable() {
  }

  public static List<Column> columns(boolean scenario) {
    List<Column> columns = new ArrayList<>(List.of(Column.whole("year"), Column.whole("population_0_17")));
    for (String prefix : scenario ? List.of("baseline_", "scenario_", "difference_") : List.of("")) {
      for (String name : BAND) columns.add(Column.decimals(prefix + name, 2, 0));
    }
    return columns;
  }

  public static Output output(ProjectionResult result) {
    boolean scenario = !result.years().isEmpty() && result.years().get(0).scenario() != null;
    List<Column> columns = columns(scenario);
    List<List<Object>> rows = new ArrayList<>();
    for (ProjectionResult.Year year : result.years()) {
      List<Object> row = new ArrayList<>(List.of(year.year(), year.population()));
      add(row, year.baseline());
      if (scenario) {
        add(row, year.scenario());
        add(row, year.difference());
      }
      rows.add(row);
    }
    List<String> notes = new ArrayList<>();
    notes.add("%s (%s): %.0f children looked after at 31 March %d; projected by a stock-flow model, intervals from %d simulations (seed %d)."
        .formatted(result.areaName(), result.areaCode(), result.originStock(), result.origin(),
            uk.lacexplorer.stats.projection.Projection.SIMULATIONS, uk.lacexplorer.stats.projection.Projection.SEED));
    notes.add("Calibrated on %s: %.2f entrants per 10,000 children aged 0-17 a year, %.1f%% of children at risk cease a year%s."
        .formatted(result.calibrationYears(), result.entryRatePer10k(), 100 * result.exitProbability(),
            result.calibration().equals("inferred")
                ? " (entrants inferred from the change in stock with England's exit probability: starts and ceased are not published for this authority in the dataset)"
                : ""));
    notes.add(("Centre: the model damped to %.2f of its yearly step (the share that gave the smallest error on %d earlier"
        + " one-year forecasts of the nation's authorities); intervals let the rates' level take a random step each year"
        + " of %.3f (log entry rate) and %.3f (logit exit), as measured on the nation's authorities up to %d.")
        .formatted(result.dynamics().damping(), result.dynamics().dampingForecasts(),
            result.dynamics().drift().logRateStep(), result.dynamics().drift().logitExitStep(), result.origin()));
    Scenario asked = result.request().scenario();
    ProjectionResult.NeighbourMedian peers = result.neighbours();
    if (peers != null) {
      notes.add(("Neighbours' median (%s): %s; entry rate %.2f per 10,000 (own %.2f), exit probability %.1f%% (own %.1f%%),"
          + " each calibrated on the same years as the authority's.").formatted(peers.match(), String.join(", ", peers.names()),
          peers.entryRatePer10k(), peers.ownEntryRatePer10k(), 100 * peers.exitProbability(), 100 * peers.ownExitProbability()));
    }
    if (scenario) {
      notes.add(("Scenario: %sentry rate %+.1f%%, exit probability %+.1f%%; difference = scenario - baseline on the same"
          + " simulated paths.").formatted(peers == null ? "" : "the neighbours' median " + peers.match() + ", then ",
          asked.entryChangePct(), asked.exitChangePct()));
    }
    ProjectionResult.StageChain chain = result.stages();
    if (chain != null) {
      StringBuilder line = new StringBuilder("Change at %s of %+.1f%% (year ending 31 March %d), carried through the measured conversions:"
          .formatted(chain.stage(), chain.pct(), chain.year()));
      for (ProjectionResult.StageRow row : chain.rows()) {
        line.append(row.count() == null ? " %s not published;".formatted(row.stage())
            : " %s %.0f -> %.0f%s;".formatted(row.stage(), row.count(), row.changed(),
                row.per100Previous() == null ? "" : " (%.1f per 100 of the stage before)".formatted(row.per100Previous())));
      }
      notes.add(line.substring(0, line.length() - 1) + ". The starts in care change by the same share: this assumes they all come through the chain in proportion, which aggregate data cannot check.");
    }
    if (asked.stepDownPct() > 0) {
      notes.add("Step-down: %.1f%% of children in residential placements placed in foster care instead; it changes the placements (./lacx commission), not the number looked after."
          .formatted(asked.stepDownPct()));
    }
    notes.add("One band 0-17 and no placement types: the dataset has no age-by-year flows for every authority (see the closing note of issue 18).");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", result.areaCode());
    json.put("area_name", result.areaName());
    json.put("nation", result.nation());
    json.put("origin", result.origin());
    json.put("origin_stock", result.originStock());
    json.put("calibration_years", result.calibrationYears());
    json.put("calibration", result.calibration());
    json.put("entry_rate_per_10000", Numbers.round(result.entryRatePer10k(), 4));
    json.put("exit_probability", Numbers.round(result.exitProbability(), 6));
    json.put("damping", result.dynamics().damping());
    json.put("damping_forecasts", result.dynamics().dampingForecasts());
    json.put("drift_log_entry_rate", Numbers.round(result.dynamics().drift().logRateStep(), 6));
    json.put("drift_logit_exit", Numbers.round(result.dynamics().drift().logitExitStep(), 6));
    json.put("entry_rate_change_pct", result.request().scenario().entryChangePct());
    json.put("exit_change_pct", result.request().scenario().exitChangePct());
    json.put("match_neighbours", asked.match().id());
    json.put("step_down_pct", asked.stepDownPct());
    json.put("stage", asked.stage());
    json.put("stage_change_pct", asked.stageChangePct());
    if (result.stages() != null) {
      List<Map<String, Object>> chainRows = new ArrayList<>();
      for (ProjectionResult.StageRow row : result.stages().rows()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("stage", row.stage());
        r.put("count", row.count());
        r.put("per_100_previous", row.per100Previous() == null ? null : Numbers.round(row.per100Previous(), 2));
        r.put("changed", row.changed());
        chainRows.add(r);
      }
      json.put("stage_chain", Map.of("stage", result.stages().stage(), "pct", result.stages().pct(), "year",
          result.stages().year(), "rows", chainRows));
    }
    if (peers != null) {
      Map<String, Object> median = new LinkedHashMap<>();
      median.put("match", peers.match());
      median.put("neighbours", peers.codes());
      median.put("neighbour_names", peers.names());
      median.put("entry_rate_per_10000", Numbers.round(peers.entryRatePer10k(), 4));
      median.put("exit_probability", Numbers.round(peers.exitProbability(), 6));
      median.put("own_entry_rate_per_10000", Numbers.round(peers.ownEntryRatePer10k(), 4));
      median.put("own_exit_probability", Numbers.round(peers.ownExitProbability(), 6));
      json.put("neighbours_median", median);
    }
    json.put("rows", Output.objects(columns, rows));
    List<Map<String, Object>> history = new ArrayList<>();
    for (ProjectionResult.Observed observed : result.history()) {
      Map<String, Object> year = new LinkedHashMap<>();
      year.put("year", observed.year());
      year.put("children_looked_after", observed.stock());
      history.add(year);
    }
    json.put("history", history);
    return new Output(columns, rows, notes, json);
  }

  private static void add(List<Object> row, ProjectionResult.Band band) {
    row.addAll(List.of(band.expected(), band.median(), band.lower50(), band.upper50(), band.lower80(), band.upper80(),
        band.lower95(), band.upper95()));
  }
}
