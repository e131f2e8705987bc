package uk.lacexplorer.stats.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Checks the intervals against reference values produced by R 4.2.2: the exact limits by R's own
 * {@code poisson.test()}, Byar's by the formula written out in {@code reference/poisson_intervals.R}
 * (Breslow &amp; Day 1987, eq. 2.21). Agreement: 1e-9 relative.
 */
class PoissonIntervalReferenceTest {

  record Reference(int observed, double confidence, double exactLower, double exactUpper, double byarsLower,
                   double byarsUpper) {
  }

  static List<Reference> references() throws IOException {
    try (var in = PoissonIntervalReferenceTest.class.getResourceAsStream("/reference/poisson_intervals.csv");
         var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).map(line -> line.split(",")).map(f -> new Reference(Integer.parseInt(f[0]),
          Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
          Double.parseDouble(f[5]))).toList();
    }
  }

  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.max(1e-12, Math.abs(expected) * 1e-9)));
  }

  @Test
  void exactLimitsMatchRPoissonTest() throws IOException {
    List<Reference> references = references();
    assertThat(references).hasSize(26);
    for (Reference ref : references) {
      Interval interval = PoissonInterval.EXACT.forCount(ref.observed(), ref.confidence());
      assertClose(interval.lower(), ref.exactLower());
      assertClose(interval.upper(), ref.exactUpper());
    }
  }

  @Test
  void byarsLimitsMatchTheWrittenOutFormula() throws IOException {
    for (Reference ref : references()) {
      Interval interval = PoissonInterval.BYARS.forCount(ref.observed(), ref.confidence());
      assertClose(interval.lower(), ref.byarsLower());
      assertClose(interval.upper(), ref.byarsUpper());
    }
  }

  @Test
  void byarsByHandForTorfaen2012() {
    // O = 300, z = 1.959963984540054: lower = 300 (1 - 1/2700 - z/(3*sqrt(300)))^3, upper = 301 (1 - 1/2709 + z/(3*sqrt(301)))^3
    double z = 1.959963984540054;
    double lower = 300 * Math.pow(1 - 1.0 / 2700 - z / (3 * Math.sqrt(300)), 3);
    double upper = 301 * Math.pow(1 - 1.0 / 2709 + z / (3 * Math.sqrt(301)), 3);
    Interval interval = PoissonInterval.BYARS.forCount(300, 0.95);
    assertClose(interval.lower(), lower);
    assertClose(interval.upper(), upper);
    assertThat(interval.lower()).isCloseTo(267.0, within(0.1));
    assertThat(interval.upper()).isCloseTo(335.9, within(0.1));
  }

  @Test
  void defaultMethodIsExactBelowTenAndByarsFromTen() {
    assertThat(PoissonInterval.BYARS_EXACT_BELOW_10.forCount(9, 0.95)).isEqualTo(PoissonInterval.EXACT.forCount(9, 0.95));
    assertThat(PoissonInterval.BYARS_EXACT_BELOW_10.forCount(10, 0.95)).isEqualTo(PoissonInterval.BYARS.forCount(10, 0.95));
  }

  @Test
  void rateIntervalIsTheCountIntervalPerPopulation() {
    Interval count = PoissonInterval.BYARS.forCount(5720, 0.95);
    Interval rate = PoissonInterval.BYARS.forRate(5720, 632_433, 10_000, 0.95);
    assertClose(rate.lower(), count.lower() / 632_433 * 10_000);
    assertClose(rate.upper(), count.upper() / 632_433 * 10_000);
  }

  @Test
  void rejectsNegativeCountsAndBadConfidence() {
    assertThatThrownBy(() -> PoissonInterval.EXACT.forCount(-1, 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PoissonInterval.BYARS.forCount(3, 1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PoissonInterval.BYARS.forRate(3, 0, 10_000, 0.95)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void intervalsContainTheCountAndWidenWithConfidence(@ForAll @IntRange(min = 0, max = 100_000) int observed) {
    for (PoissonInterval method : PoissonInterval.values()) {
      Interval narrow = method.forCount(observed, 0.95);
      Interval wide = method.forCount(observed, 0.998);
      assertThat(narrow.contains(observed)).isTrue();
      assertThat(wide.lower()).isLessThanOrEqualTo(narrow.lower());
      assertThat(wide.upper()).isGreaterThanOrEqualTo(narrow.upper());
    }
  }
}
