package uk.lacexplorer.stats.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The edges of the rate package that the reference tests do not reach (mutation testing found them unchecked): the
 * bounds an interval and a count accept, where "significant" starts, and the chi-squared quantiles, checked against
 * R 4.2 ({@code qchisq(0.025, 10)} = 3.24697278023684, {@code qchisq(0.975, 10)} = 20.4831773508074,
 * {@code qchisq(0.05, 3, lower.tail = FALSE)} = 7.81472790325118).
 */
class RateEdgesTest {
  @Test
  void anIntervalHoldsItsEndsAndRefusesWhatIsNotOne() {
    Interval point = new Interval(2, 2, 0.95);
    assertThat(point.contains(2)).isTrue();
    Interval interval = new Interval(1, 3, 0.95);
    assertThat(interval.contains(1)).isTrue();
    assertThat(interval.contains(3)).isTrue();
    assertThat(interval.contains(Math.nextDown(1.0))).isFalse();
    assertThat(interval.contains(Math.nextUp(3.0))).isFalse();
    assertThat(interval.scaled(0)).isEqualTo(new Interval(0, 0, 0.95));
    assertThat(interval.scaled(2.5)).isEqualTo(new Interval(2.5, 7.5, 0.95));
    assertThatThrownBy(() -> interval.scaled(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(3, Math.nextDown(3.0), 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(1, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(1, 3, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Interval(1, 3, Math.nextUp(0.0)).confidence()).isPositive();
  }

  @Test
  void aDifferenceIsSignificantOnlyWhenItsIntervalExcludesZero() {
    assertThat(new RateDifference(1, 2, 1, new Interval(0.1, 2, 0.95)).significant()).isTrue();
    assertThat(new RateDifference(2, 1, -1, new Interval(-2, -0.1, 0.95)).significant()).isTrue();
    assertThat(new RateDifference(1, 2, 1, new Interval(0, 2, 0.95)).significant()).isFalse();
    assertThat(new RateDifference(2, 1, -1, new Interval(-2, 0, 0.95)).significant()).isFalse();
    assertThat(new RateDifference(1, 1, 0, new Interval(-1, 1, 0.95)).significant()).isFalse();
    // 10 of 10,000 against 40 of 10,000: the exact intervals do not meet, so the difference is significant
    assertThat(RateDifference.of(10, 10_000, 40, 10_000, 10_000, PoissonInterval.EXACT, 0.95).significant()).isTrue();
    assertThat(RateDifference.of(10, 10_000, 12, 10_000, 10_000, PoissonInterval.EXACT, 0.95).significant()).isFalse();
  }

  @Test
  void everyMethodTakesAZeroCountAndRefusesBadArguments() {
    for (PoissonInterval method : PoissonInterval.values()) {
      assertThat(method.forCount(0, 0.95).lower()).as(method.name()).isZero();
      assertThatThrownBy(() -> method.forCount(-1, 0.95)).as(method.name()).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> method.forCount(Double.POSITIVE_INFINITY, 0.95)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> method.forCount(5, 0)).as(method.name()).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> method.forCount(5, 1)).as(method.name()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void chiSquaredQuantilesAreRsAndBadArgumentsAreRefused() {
    assertThat(GammaQuantiles.chiSquaredLower(0.025, 10)).isCloseTo(3.24697278023684, within(1e-9));
    assertThat(GammaQuantiles.chiSquaredUpper(0.025, 10)).isCloseTo(20.4831773508074, within(1e-9));
    assertThat(GammaQuantiles.chiSquaredUpper(0.05, 3)).isCloseTo(7.81472790325118, within(1e-9));
    for (double p : new double[] {0, 1, Double.NaN}) {
      assertThatThrownBy(() -> GammaQuantiles.lower(p, 2)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> GammaQuantiles.upper(p, 2)).isInstanceOf(IllegalArgumentException.class);
    }
    for (double shape : new double[] {0, -1, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> GammaQuantiles.lower(0.5, shape)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> GammaQuantiles.upper(0.5, shape)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(GammaQuantiles.lower(Math.nextUp(0.0), 2)).isGreaterThanOrEqualTo(0);
  }
}
