package uk.lacexplorer.compare;

import java.util.Objects;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;

/**
 * How an authority's series over the years is counted: the count measure and how each year's population is chosen.
 * Over time the default denominator is interpolated between population estimates.
 */
public record SeriesRequest(MeasureId measure, DenominatorPolicy policy, PopulationSeries series) {
  public static final String DEFAULT_POLICY = "interpolate";
  public static final String DEFAULT_SERIES = "auto";

  public SeriesRequest {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(series, "series");
  }

  public static SeriesRequest defaults() {
    return new SeriesRequest(MeasureId.LOOKED_AFTER, DenominatorPolicy.INTERPOLATE, PopulationSeries.AUTO);
  }

  /** The options {@code measure}, {@code denominator} and {@code population} as typed; null means the default. */
  public static SeriesRequest parse(String measure, String denominator, String population) {
    return new SeriesRequest(MeasureId.parse("measure", measure, MeasureId.LOOKED_AFTER),
        Choices.parse("denominator", denominator, DenominatorPolicy.class, DenominatorPolicy.INTERPOLATE),
        Choices.parse("population", population, PopulationSeries.class, PopulationSeries.AUTO));
  }
}
