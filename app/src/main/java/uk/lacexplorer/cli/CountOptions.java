package uk.lacexplorer.cli;

import picocli.CommandLine.Option;
import uk.lacexplorer.compare.CountRequest;

/**
 * The options every comparison of authority counts shares ({@code --measure}, {@code --denominator},
 * {@code --population}), as a picocli mixin. Absent options are left to the request's defaults.
 */
public final class CountOptions {
  @Option(names = "--measure", paramLabel = "MEASURE",
      description = "A count measure with a population (default: " + CountRequest.DEFAULT_MEASURE + ").")
  String measure;

  @Option(names = "--denominator", paramLabel = "exact|nearest|interpolate",
      description = "Population year when a count's year has no estimate (default: " + CountRequest.DEFAULT_POLICY + ").")
  String denominator;

  @Option(names = "--population", paramLabel = "auto|ons|dfe",
      description = "Population series (default: the nation's standard, ons in Wales and dfe in England).")
  String population;

  /** The counts to compare for a nation (or both) and year, as typed. */
  public CountRequest request(String nation, String year) {
    return CountRequest.parse(nation, year, measure, denominator, population);
  }
}
