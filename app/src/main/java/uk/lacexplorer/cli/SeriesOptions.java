package uk.lacexplorer.cli;

import picocli.CommandLine.Option;
import uk.lacexplorer.compare.SeriesRequest;

/**
 * The options of the commands that follow an authority over the years ({@code trend}, {@code changepoints}), as a
 * picocli mixin. Absent options are left to the request's defaults.
 */
public final class SeriesOptions {
  @Option(names = "--measure", paramLabel = "MEASURE",
      description = "A count measure with a population (default: children_looked_after).")
  String measure;

  @Option(names = "--denominator", paramLabel = "exact|nearest|interpolate",
      description = "Population year when the count's year has no estimate (default: " + SeriesRequest.DEFAULT_POLICY + ").")
  String denominator;

  @Option(names = "--population", paramLabel = "auto|ons|dfe",
      description = "Population series (default: " + SeriesRequest.DEFAULT_SERIES + ").")
  String population;

  public SeriesRequest request() {
    return SeriesRequest.parse(measure, denominator, population);
  }
}
