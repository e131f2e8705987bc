package uk.lacexplorer.compare;

import java.util.Objects;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.rates.StandardDenominator;

/**
 * How an authority's series over the years is counted: the count measure and how each year's population is chosen
 * (null policy or series: the nation's {@link StandardDenominator}, as every other command uses).
 */
public record SeriesRequest(MeasureId measure, DenominatorPolicy policy, PopulationSeries series) {
  public static final String DEFAULT_POLICY = "standard: interpolate";
  public static final String DEFAULT_SERIES = "standard: ons in Wales, dfe in England";

  public SeriesRequest {
    Objects.requireNonNull(measure, "measure");
  }

  public static SeriesRequest defaults() {
    return new SeriesRequest(MeasureId.LOOKED_AFTER, null, null);
  }

  /** The options {@code measure}, {@code denominator} and {@code population} as typed; null means the default. */
  public static SeriesRequest parse(String measure, String denominator, String population) {
    return new SeriesRequest(MeasureId.parse("measure", measure, MeasureId.LOOKED_AFTER),
        RatesRequest.optional("denominator", denominator, DenominatorPolicy.class),
        RatesRequest.optional("population", population, PopulationSeries.class));
  }
}
