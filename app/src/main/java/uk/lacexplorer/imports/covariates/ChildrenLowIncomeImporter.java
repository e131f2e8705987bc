package uk.lacexplorer.imports.covariates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.DistrictSums;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.UpperTierLookup;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * DWP children in relative low-income families by district and year, with an ONS population aged 0–16
 * ({@code children_low_income_ltla.csv}: ltla21_code, year, children_low_income_abs, population_0_16). Counts and
 * populations are summed to upper-tier authorities ({@code lookup=}) and nations before dividing.
 */
public final class ChildrenLowIncomeImporter implements Importer {
  private static final List<String> COLUMNS = List.of("ltla21_code", "year", "children_low_income_abs", "population_0_16");

  @Override
  public String kind() {
    return "children-low-income";
  }

  @Override
  public String description() {
    return "DWP children in low-income families by district and year with population aged 0–16 (CSV; lookup=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    RawTable raw = RawTable.read(file, ',', problems);
    Optional<DistrictTable> table = DistrictTable.of(raw.rows(), COLUMNS, problems);
    if (table.isEmpty()) return problems.result(null, List.of());
    Optional<UpperTierLookup> lookup = context.pathOption("lookup")
        .map(path -> UpperTierLookup.load(path, context.pathOption("district-changes")));
    Map<Integer, DistrictSums[]> byYear = new TreeMap<>();
    for (Row row : raw.rows().subList(1, raw.rows().size())) {
      if (row.isBlank() || !table.get().fits(row, problems)) continue;
      String district = table.get().text(row, "ltla21_code");
      Optional<Integer> year = table.get().year(row, problems);
      Optional<Double> count = table.get().number(row, "children_low_income_abs", problems);
      Optional<Double> population = table.get().number(row, "population_0_16", problems);
      if (year.isEmpty() || count.isEmpty() || population.isEmpty() || !DistrictSums.inScope(district)) continue;
      DistrictSums[] sums = byYear.computeIfAbsent(year.get(), key -> new DistrictSums[] {
          new DistrictSums(context.areas(), lookup, key, problems), new DistrictSums(context.areas(), lookup, key, problems)});
      sums[0].addDistrict(district, count.get(), row.line(), "ltla21_code");
      sums[1].addDistrict(district, population.get(), row.line(), "ltla21_code");
    }
    Source source = new Source("dwp_children_low_income_2015_2020",
        "Children in relative low-income families by local authority (DWP), with ONS population aged 0 to 16",
        "Department for Work and Pensions; ONS", Source.OGL, "https://stat-xplore.dwp.gov.uk",
        file.getFileName().toString(), raw.sha256());
    List<Observation> observations = new ArrayList<>();
    byYear.forEach((year, sums) -> {
      add(observations, year, sums[0].authorities(), sums[1].authorities(), source.id());
      add(observations, year, sums[0].nations(), sums[1].nations(), source.id());
    });
    return problems.result(source, observations);
  }

  private static void add(List<Observation> observations, int year, Map<AreaCode, Double> counts,
                          Map<AreaCode, Double> populations, String sourceId) {
    counts.forEach((area, count) -> {
      double percent = Math.round(1e4 * count / populations.get(area)) / 100.0;
      observations.add(new Observation(area, "children_low_income_pct", year, Observation.TOTAL, percent, Set.of(), sourceId));
    });
  }
}
