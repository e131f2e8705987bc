package uk.lacexplorer.cli;

import java.util.List;
import picocli.CommandLine.Option;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;

/**
 * The options every comparison of authority counts shares ({@code --measure}, {@code --denominator},
 * {@code --population}), as a picocli mixin that turns them into a {@link CountRequest}.
 */
final class CountOptions {
  @Option(names = "--measure", defaultValue = CountRequest.DEFAULT_MEASURE,
      description = "A count measure with a population (default: ${DEFAULT-VALUE}).")
  String measure;

  @Option(names = "--denominator", defaultValue = "nearest", paramLabel = "exact|nearest|interpolate",
      description = "Population year when a count's year has no estimate (default: ${DEFAULT-VALUE}).")
  String denominator;

  @Option(names = "--population", paramLabel = "auto|ons|dfe",
      description = "Population series (default: auto for one nation, ons for both so both use one vintage).")
  String population;

  CountRequest request(String nation, int year) {
    List<Nation> nations = CountRequest.parseNations(nation);
    PopulationSeries series = population == null ? CountRequest.defaultSeries(nations) : PopulationSeries.parse(population);
    return new CountRequest(nations, year, measure, DenominatorPolicy.parse(denominator), series);
  }
}
