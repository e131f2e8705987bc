package uk.lacexplorer.imports.dfe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Flag;

/**
 * DfE's {@code cla_number_and_rate_per_10k_children.csv} (Explore Education Statistics, 2019 onwards): for each
 * year, area and {@code population_count} (looked after at 31 March, starting, ceasing) the number, DfE's population
 * aged 0–17 and the published rate per 10,000. Rows for an authority that did not exist that year ({@code z}) are
 * left out.
 */
public final class EesRatesImporter implements Importer {
  public static final String KIND = "dfe-ees-rates";

  /** The measures of one {@code population_count}: the count and DfE's published rate. */
  private record Pair(String count, String rate) {
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String description() {
    return "DfE EES cla_number_and_rate_per_10k_children.csv: numbers, populations and rates per 10,000 (2019+)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    List<Problem> problems = new ArrayList<>();
    DfeTable table = DfeTable.read(file, problems);
    if (!problems.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems);
    if (!table.require(problems, EesLocator.COLUMNS) || !table.require(problems, "population_count",
        "population_estimate", "number", "rate_per_10000")) {
      return new ImportResult.Rejected(table.fileName(), problems);
    }
    EesLocator locator = new EesLocator(context.areas(), table.fileName());
    List<Row> read = new ArrayList<>();
    Map<String, Double> populations = new HashMap<>();
    int skipped = 0;
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    for (DfeTable.Row row : table.rows()) {
      Optional<EesLocator.Place> place = locator.locate(row, problems);
      Optional<Pair> pair = measures(row, table.fileName(), problems);
      Optional<Markers.Cell> number = DfeCells.count(row, "number", problems);
      Optional<Markers.Cell> rate = DfeCells.count(row, "rate_per_10000", problems);
      Optional<Markers.Cell> population = DfeCells.count(row, "population_estimate", problems);
      if (place.isEmpty() || pair.isEmpty() || number.isEmpty() || rate.isEmpty() || population.isEmpty()) continue;
      EesLocator.Place where = place.get();
      if (DfeCells.notApplicable(number) && !where.area().validIn(where.year())) {
        skipped++;
        continue;
      }
      firstYear = Math.min(firstYear, where.year());
      lastYear = Math.max(lastYear, where.year());
      read.add(new Row(row, where, pair.get(), number.get(), rate.get(), population.get()));
    }
    if (read.isEmpty() && problems.isEmpty()) problems.add(Problem.ofFile(table.fileName(), "import.file.noDataRows"));
    if (!problems.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems);
    String sourceId = DfeSources.id("dfe_ees_cla_rates", firstYear, lastYear);
    DfeObservations observations = new DfeObservations(sourceId, table.fileName());
    for (Row row : read) row.addTo(observations, populations, problems);
    if (!problems.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems);
    String title = "Children looked after in England including adoptions: number and rate per 10,000 children aged 0 to 17, "
        + firstYear + (firstYear == lastYear ? "" : " to " + lastYear);
    List<Problem> warnings = skipped == 0 ? List.of() : List.of(Problem.ofFile(table.fileName(),
        "import.warn.zRowsLeftOut", skipped));
    return new ImportResult.Loaded(DfeSources.of(sourceId, title, DfeSources.EES_URL, table), observations.all(), warnings);
  }

  private record Row(DfeTable.Row row, EesLocator.Place place, Pair pair, Markers.Cell number, Markers.Cell rate,
                     Markers.Cell population) {
    void addTo(DfeObservations observations, Map<String, Double> populations, List<Problem> problems) {
      var area = place.area().code();
      Markers.Cell count = place.level().roundedByDfe() ? DfeCells.withFlag(number, Flag.ROUNDED) : number;
      observations.add(area, pair.count(), place.year(), "", count, row.line(), "number", problems);
      observations.add(area, pair.rate(), place.year(), "", DfeCells.withFlag(rate, Flag.ROUNDED), row.line(),
          "rate_per_10000", problems);
      // The three population_count rows of an area and year repeat the same population; keep it once.
      String key = area.value() + "/" + place.year();
      if (populations.containsKey(key)) {
        Double earlier = populations.get(key);
        if (!java.util.Objects.equals(earlier, population.value())) {
          problems.add(Problem.at(row.table().fileName(), row.line(), "population_estimate", row.get("population_estimate"),
              "import.ees.populationDiffers", area, place.year()));
        }
        return;
      }
      populations.put(key, population.value());
      observations.add(area, "population_0_17_dfe", place.year(), "", population, row.line(), "population_estimate",
          problems);
    }
  }

  private static Optional<Pair> measures(DfeTable.Row row, String file, List<Problem> problems) {
    String text = row.get("population_count").toLowerCase(Locale.ROOT);
    if (text.contains("looked after at 31 march")) {
      return Optional.of(new Pair("children_looked_after", "children_looked_after_rate_dfe"));
    }
    if (text.contains("starting")) {
      return Optional.of(new Pair("children_started_looked_after", "children_started_looked_after_rate_dfe"));
    }
    if (text.contains("ceasing")) {
      return Optional.of(new Pair("children_ceased_looked_after", "children_ceased_looked_after_rate_dfe"));
    }
    problems.add(Problem.at(file, row.line(), "population_count", row.get("population_count"), "import.ees.populationCount"));
    return Optional.empty();
  }
}
