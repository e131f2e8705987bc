package uk.lacexplorer.imports.covariates;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.read.LookupFiles;
import uk.lacexplorer.imports.read.UpperTierLookup;

/** District populations used as weights, and their sums by upper-tier authority. */
final class Weights {
  private final Map<String, Double> byDistrict = new HashMap<>();
  private final Map<String, Double> byAuthority = new HashMap<>();

  static Weights load(Path file, UpperTierLookup lookup) {
    List<Map<String, String>> rows = LookupFiles.read(file);
    String code = LookupFiles.column(file, rows, "ltla", "lad");
    if (!rows.get(0).containsKey("total_population")) throw UserError.of("error.import.noTotalPopulation", file);
    Weights weights = new Weights();
    for (Map<String, String> row : rows) {
      double population;
      try {
        population = Double.parseDouble(row.get("total_population"));
      } catch (NumberFormatException e) {
        throw UserError.of("error.import.totalPopulationNotNumber", file, row.get("total_population"));
      }
      weights.byDistrict.put(row.get(code), population);
      lookup.upperTierOf(row.get(code)).ifPresent(authority -> weights.byAuthority.merge(authority, population, Double::sum));
    }
    return weights;
  }

  Optional<Double> ofDistrict(String district) {
    return Optional.ofNullable(byDistrict.get(district));
  }

  /** The authority's population (the sum of its districts'); 0 when the weights file has none of them. */
  double ofAuthority(String authority) {
    return byAuthority.getOrDefault(authority, 0.0);
  }
}
