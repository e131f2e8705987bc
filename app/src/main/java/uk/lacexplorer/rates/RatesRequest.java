package uk.lacexplorer.rates;

import java.util.List;
import java.util.Objects;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;

/**
 * Rates for every authority of a nation (or of both, ranked together) and the nations themselves: year, count
 * measure and how the population is chosen.
 *
 * @param nations Wales, England, or both (in that order)
 * @param policy how a year without its own estimate is filled; null = each nation's {@link StandardDenominator}
 * @param series which population series; null = each nation's {@link StandardDenominator}
 */
public record RatesRequest(List<Nation> nations, int year, MeasureId measure, DenominatorPolicy policy,
                           PopulationSeries series) {
  public RatesRequest {
    nations = List.copyOf(nations);
    if (nations.isEmpty()) throw new IllegalArgumentException("no nation");
    Objects.requireNonNull(measure, "measure");
  }

  public RatesRequest(Nation nation, int year, MeasureId measure, DenominatorPolicy policy, PopulationSeries series) {
    this(List.of(nation), year, measure, policy, series);
  }

  /** Children looked after on the nation's standard denominator. */
  public static RatesRequest of(Nation nation, int year) {
    return new RatesRequest(nation, year, MeasureId.LOOKED_AFTER, null, null);
  }

  /** As typed: {@code nation} (wales, england or both) and {@code year} required, the others default. */
  public static RatesRequest parse(String nation, String year, String measure, String denominator, String population) {
    List<List<Nation>> choices = List.of(List.of(Nation.WALES), List.of(Nation.ENGLAND), List.of(Nation.WALES, Nation.ENGLAND));
    List<Nation> chosen = Choices.parse("nation", nation, choices, n -> n.size() > 1 ? "both" : n.get(0).id(), null);
    Integer when = Choices.integer("year", year, null);
    if (when == null) throw UserError.of("error.option.required", Arg.option("year"));
    return new RatesRequest(chosen, when, MeasureId.parse("measure", measure, MeasureId.LOOKED_AFTER),
        optional("denominator", denominator, DenominatorPolicy.class),
        optional("population", population, PopulationSeries.class));
  }

  /** The choice typed, or null (the nation's standard) when none was typed. */
  public static <E extends Enum<E>> E optional(String option, String text, Class<E> type) {
    return text == null || text.isBlank() ? null : Choices.parse(option, text, type, null);
  }

  /** The one nation asked for (a request for both nations is answered nation by nation). */
  public Nation nation() {
    if (nations.size() != 1) throw new IllegalStateException("a request for both nations has no one nation");
    return nations.get(0);
  }

  public boolean both() {
    return nations.size() > 1;
  }

  /** {@code wales}, {@code england} or {@code both}. */
  public String nationId() {
    return both() ? "both" : nations.get(0).id();
  }

  /** The policy used for a nation: the one asked for, else the nation's standard. */
  public DenominatorPolicy policyFor(Nation nation) {
    return policy != null ? policy : StandardDenominator.policy(nation);
  }

  /** The population series used for a nation: the one asked for, else the nation's standard. */
  public PopulationSeries seriesFor(Nation nation) {
    return series != null ? series : StandardDenominator.series(nation);
  }

  public RatesRequest withYear(int other) {
    return new RatesRequest(nations, other, measure, policy, series);
  }

  public RatesRequest forNation(Nation nation) {
    return new RatesRequest(List.of(nation), year, measure, policy, series);
  }
}
