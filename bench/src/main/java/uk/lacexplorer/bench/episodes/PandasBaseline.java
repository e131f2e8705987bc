package uk.lacexplorer.bench.episodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.derive.Flow;
import uk.lacexplorer.episodes.derive.YearlyFlows;

/**
 * Runs {@code scripts/bench_flows_pandas.py} (the yearly-flows step in pandas) on the same folder and years, and
 * compares its counts with LAC Explorer's: the benchmark's baseline and an independent check of the definitions.
 */
final class PandasBaseline {
  /** The script's timings, and how many authority-year rows disagree with ours (of how many compared). */
  record Outcome(JsonNode timings, int rowsCompared, int rowsDiffering, String firstDifference) {
  }

  private static final List<Flow> COMPARED = List.of(Flow.LOOKED_AFTER_31_MARCH, Flow.STARTED, Flow.CEASED,
      Flow.CEASED_RETURNED_HOME, Flow.CEASED_ADOPTED, Flow.CEASED_SPECIAL_GUARDIANSHIP);

  private PandasBaseline() {
  }

  static Outcome run(String python, Path script, Path dir, List<AuthorityResult> results) throws IOException,
      InterruptedException {
    Path work = Files.createTempDirectory("lacx-bench");
    Path windows = work.resolve("windows.csv");
    Path out = work.resolve("flows.csv");
    StringBuilder text = new StringBuilder("la_code,first_year,last_year\n");
    for (AuthorityResult result : results) {
      if (result.window() != null) {
        text.append(result.laCode()).append(',').append(result.window().firstYear()).append(',')
            .append(result.window().lastYear()).append('\n');
      }
    }
    Files.writeString(windows, text);
    Process process = new ProcessBuilder(python, script.toString(), "--dir", dir.toString(), "--windows",
        windows.toString(), "--out", out.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) throw new IOException("pandas baseline failed: " + output.strip());
    String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElse("{}");
    Outcome outcome = compare(JsonMapper.builder().build().readTree(json), out, results);
    Files.deleteIfExists(out);
    Files.deleteIfExists(windows);
    Files.deleteIfExists(work);
    return outcome;
  }

  private static Outcome compare(JsonNode timings, Path csv, List<AuthorityResult> results) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = List.of(lines.get(0).split(","));
    Map<String, YearlyFlows> ours = new HashMap<>();
    for (AuthorityResult result : results) {
      for (YearlyFlows year : result.flows().years()) ours.put(year.laCode() + "/" + year.year(), year);
    }
    int compared = 0;
    int differing = 0;
    String first = "";
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      String key = cells[header.indexOf("la_code")] + "/" + cells[header.indexOf("year")];
      YearlyFlows year = ours.get(key);
      compared++;
      List<String> differences = new ArrayList<>();
      for (Flow flow : COMPARED) {
        long theirs = Long.parseLong(cells[header.indexOf(flow.column())]);
        if (year == null || year.get(flow) != theirs) {
          differences.add(flow.column() + " " + (year == null ? "missing" : year.get(flow)) + " vs pandas " + theirs);
        }
      }
      if (!differences.isEmpty()) {
        differing++;
        if (first.isEmpty()) first = key + ": " + String.join("; ", differences);
      }
    }
    return new Outcome(timings, compared, differing, first);
  }
}
