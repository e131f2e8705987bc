package uk.lacexplorer.compare;

import java.util.List;
import java.util.Objects;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RatesRequest;

/**
 * Which counts to compare: the authorities of one or both nations, one year, one count measure with a population,
 * and how the population is chosen. The options are named as on the command line ({@code nation}, {@code year},
 * {@code measure}, {@code denominator}, {@code population}), and the web's parameters carry the same names.
 *
 * @param nations Wales, England, or both (in that order)
 */
public record CountRequest(List<Nation> nations, int year, MeasureId measure, DenominatorPolicy policy,
                           PopulationSeries series) {
  public static final String DEFAULT_MEASURE = "children_looked_after";
  public static final String DEFAULT_POLICY = "standard: interpolate";

  public CountRequest {
    nations = List.copyOf(nations);
    if (nations.isEmpty()) throw new IllegalArgumentException("no nation");
    Objects.requireNonNull(measure, "measure");
  }

  /** Children looked after on each nation's standard denominator ({@link uk.lacexplorer.rates.StandardDenominator}). */
  public static CountRequest of(List<Nation> nations, int year) {
    return new CountRequest(nations, year, MeasureId.LOOKED_AFTER, null, null);
  }

  /**
   * The request as a user gives it; null means the default (except for {@code nation} and {@code year}, which are
   * required).
   */
  public static CountRequest parse(String nation, String year, String measure, String denominator, String population) {
    List<Nation> nations = parseNations(nation);
    Integer chosenYear = Choices.integer("year", year, null);
    if (chosenYear == null) throw UserError.of("error.option.required", Arg.option("year"));
    return new CountRequest(nations, chosenYear, MeasureId.parse("measure", measure, MeasureId.LOOKED_AFTER),
        RatesRequest.optional("denominator", denominator, DenominatorPolicy.class),
        RatesRequest.optional("population", population, PopulationSeries.class));
  }

  /** {@code wales}, {@code england} or {@code both}, as typed on the command line or in a URL. */
  public static List<Nation> parseNations(String text) {
    if (text == null || text.isBlank()) throw UserError.of("error.option.required", Arg.option("nation"));
    List<List<Nation>> choices = List.of(List.of(Nation.WALES), List.of(Nation.ENGLAND), List.of(Nation.WALES, Nation.ENGLAND));
    return Choices.parse("nation", text, choices, nations -> nations.size() > 1 ? "both" : nations.get(0).id(), null);
  }

  public CountRequest withMeasure(MeasureId other) {
    return new CountRequest(nations, year, other, policy, series);
  }

  public CountRequest withYear(int otherYear) {
    return new CountRequest(nations, otherYear, measure, policy, series);
  }

  /** {@code wales}, {@code england} or {@code both}. */
  public String nationId() {
    return nations.size() > 1 ? "both" : nations.get(0).id();
  }

  public String describeNations() {
    return nations.size() > 1 ? "Wales and England" : nations.get(0) == Nation.WALES ? "Wales" : "England";
  }
}
