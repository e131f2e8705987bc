package uk.lacexplorer.web.projection;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.projection.ProjectionResult;
import uk.lacexplorer.web.Formats;
import uk.lacexplorer.web.Page;

/**
 * A projection as the page shows it: sentences in the page's language, built from the result's own figures, and the
 * table's cells formatted for the language.
 *
 * @param rows year, children aged 0–17, central projection, 50%, 80% and 95% intervals, and with a scenario its
 *     central projection, its 95% interval, the difference and the difference's 95% interval
 */
public record ProjectionView(String name, String code, boolean scenario, List<String> sentences, List<List<String>> rows,
                             String apiPath, String csvPath, String backtestPath) {

  static ProjectionView of(Page page, Area area, ProjectionResult result, String query) {
    Formats f = page.format();
    List<String> sentences = new ArrayList<>();
    ProjectionResult.Year last = result.years().get(result.years().size() - 1);
    sentences.add(page.text("project.summary", page.name(area), whole(f, result.originStock()), result.origin(),
        last.year(), whole(f, last.baseline().expected()), whole(f, last.baseline().lower80()),
        whole(f, last.baseline().upper80()), whole(f, last.baseline().lower95()), whole(f, last.baseline().upper95())));
    boolean scenario = last.scenario() != null;
    if (scenario) {
      sentences.add(page.text("project.scenarioSummary", last.year(), whole(f, last.scenario().expected()),
          signed(f, last.difference().expected()), signed(f, last.difference().lower95()),
          signed(f, last.difference().upper95())));
    }
    List<Integer> years = result.calibrationYears();
    String span = years.isEmpty() ? "" : years.get(0) + "–" + years.get(years.size() - 1);
    if (result.calibration().equals("inferred")) {
      sentences.add(page.text("project.calibrationInferred", span, f.number(100 * result.exitProbability(), 1),
          f.number(result.entryRatePer10k(), 1)));
    } else {
      sentences.add(page.text("project.calibrationObserved", span, f.number(result.entryRatePer10k(), 1),
          f.number(100 * result.exitProbability(), 1)));
    }
    ProjectionResult.NeighbourMedian peers = result.neighbours();
    if (peers != null) {
      List<String> names = page.welsh() ? peers.namesCy() : peers.names();
      sentences.add(page.text("project.neighbours." + peers.match(), String.join(", ", names),
          f.number(peers.entryRatePer10k(), 1), f.number(peers.ownEntryRatePer10k(), 1),
          f.number(100 * peers.exitProbability(), 1), f.number(100 * peers.ownExitProbability(), 1)));
    }
    ProjectionResult.StageChain chain = result.stages();
    if (chain != null) {
      List<String> steps = new ArrayList<>();
      for (ProjectionResult.StageRow row : chain.rows()) {
        if (row.count() == null) continue;
        steps.add(page.text("project.stageStep", lower(page.text("project.stage." + row.stage())), whole(f, row.count()),
            whole(f, row.changed())));
      }
      sentences.add(page.text("project.stageSummary", lower(page.text("project.stage." + chain.stage())),
          f.number(chain.pct(), 1), chain.year(), String.join("; ", steps)));
    }
    sentences.add(page.text("project.dynamics", f.number(100 * result.dynamics().damping(), 0),
        f.integer(result.dynamics().dampingForecasts())));
    List<List<String>> rows = new ArrayList<>();
    for (ProjectionResult.Year year : result.years()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(year.year()), whole(f, year.population()),
          whole(f, year.baseline().expected()), range(page, f, year.baseline().lower50(), year.baseline().upper50()),
          range(page, f, year.baseline().lower80(), year.baseline().upper80()),
          range(page, f, year.baseline().lower95(), year.baseline().upper95())));
      if (scenario) {
        row.add(whole(f, year.scenario().expected()));
        row.add(range(page, f, year.scenario().lower95(), year.scenario().upper95()));
        row.add(signed(f, year.difference().expected()));
        row.add(range(page, f, year.difference().lower95(), year.difference().upper95()));
      }
      rows.add(row);
    }
    return new ProjectionView(page.name(area), result.areaCode(), scenario, sentences, rows,
        "/api/v1/project?" + query, "/data/download/project.csv?" + query,
        "/api/v1/backtest?nation=" + result.nation());
  }

  /** A stage's name inside a sentence: its first letter in lower case. */
  private static String lower(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String whole(Formats f, double value) {
    return f.number(value, 0);
  }

  private static String signed(Formats f, double value) {
    long rounded = Math.round(value);
    return (rounded > 0 ? "+" : rounded < 0 ? "−" : "") + f.number((double) Math.abs(rounded), 0);
  }

  private static String range(Page page, Formats f, double lower, double upper) {
    return page.text("project.range", f.number(lower, 0), f.number(upper, 0));
  }
}
