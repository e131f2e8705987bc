package uk.lacexplorer.rates;

import java.util.Objects;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;

/** Rates for every authority of a nation and the nation itself: year, count measure and how the population is chosen. */
public record RatesRequest(Nation nation, int year, MeasureId measure, DenominatorPolicy policy, PopulationSeries series) {
  public RatesRequest {
    Objects.requireNonNull(nation, "nation");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(series, "series");
  }

  /** Children looked after, the population of the nearest year, DfE's denominator where it has one. */
  public static RatesRequest of(Nation nation, int year) {
    return new RatesRequest(nation, year, MeasureId.LOOKED_AFTER, DenominatorPolicy.NEAREST, PopulationSeries.AUTO);
  }

  /** As typed: {@code nation} and {@code year} required, the others default. */
  public static RatesRequest parse(String nation, String year, String measure, String denominator, String population) {
    Nation chosen = Choices.parse("nation", nation, java.util.List.of(Nation.WALES, Nation.ENGLAND), Nation::id, null);
    Integer when = Choices.integer("year", year, null);
    if (when == null) throw UserError.of("error.option.required", Arg.option("year"));
    return new RatesRequest(chosen, when, MeasureId.parse("measure", measure, MeasureId.LOOKED_AFTER),
        Choices.parse("denominator", denominator, DenominatorPolicy.class, DenominatorPolicy.NEAREST),
        Choices.parse("population", population, PopulationSeries.class, PopulationSeries.AUTO));
  }

  public RatesRequest withYear(int other) {
    return new RatesRequest(nation, other, measure, policy, series);
  }
}
