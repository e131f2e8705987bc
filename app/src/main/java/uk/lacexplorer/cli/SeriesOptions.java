package uk.lacexplorer.cli;

import picocli.CommandLine.Option;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;

/**
 * The options of the commands that follow an authority over the years ({@code trend}, {@code changepoints}), as a
 * picocli mixin. Over time the default denominator is interpolated between population estimates.
 */
final class SeriesOptions {
  @Option(names = "--measure", defaultValue = CountRequest.DEFAULT_MEASURE,
      description = "A count measure with a population (default: ${DEFAULT-VALUE}).")
  String measure;

  @Option(names = "--denominator", defaultValue = "interpolate", paramLabel = "exact|nearest|interpolate",
      description = "Population year when the count's year has no estimate (default: ${DEFAULT-VALUE}).")
  String denominator;

  @Option(names = "--population", defaultValue = "auto", paramLabel = "auto|ons|dfe",
      description = "Population series (default: ${DEFAULT-VALUE}).")
  String population;

  DenominatorPolicy policy() {
    return DenominatorPolicy.parse(denominator);
  }

  PopulationSeries series() {
    return PopulationSeries.parse(population);
  }
}
