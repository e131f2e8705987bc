package uk.lacexplorer.stats.proportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.funnel.Limits;
import uk.lacexplorer.stats.rate.Interval;

/**
 * Wilson intervals against R 4.2's {@code prop.test(x, n, correct = FALSE)} ({@code reference/wilson_intervals.R}),
 * 1e-9 relative, and one case written out by hand.
 */
class WilsonIntervalReferenceTest {
  @Test
  void matchesRPropTestWithoutContinuityCorrection() throws IOException {
    List<String[]> rows;
    try (var in = getClass().getResourceAsStream("/reference/wilson_intervals.csv");
         var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      rows = reader.lines().skip(1).map(line -> line.split(",")).toList();
    }
    assertThat(rows).hasSize(22);
    for (String[] f : rows) {
      Interval interval = WilsonInterval.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
      double lower = Double.parseDouble(f[3]);
      double upper = Double.parseDouble(f[4]);
      assertThat(interval.lower()).as("lower " + String.join(",", f)).isCloseTo(lower, within(Math.max(1e-12, lower * 1e-9)));
      assertThat(interval.upper()).as("upper " + String.join(",", f)).isCloseTo(upper, within(Math.max(1e-12, upper * 1e-9)));
    }
  }

  @Test
  void hartlepoolSection47PerReferralByHand() {
    // 913 section 47 enquiries of 2190 referrals: p = 0.41689498, z = 1.959964, z^2 = 3.841459
    // centre = (p + z^2/4380) / (1 + z^2/2190) = 0.41777201 / 1.00175409 = 0.41704050
    // half = z * sqrt(p(1-p)/2190 + z^2/(4*2190^2)) / 1.00175409 = 1.959964 * 0.0105453 / 1.00175409 = 0.02063208
    Interval interval = WilsonInterval.of(913, 2190, 0.95);
    assertThat(interval.lower()).isCloseTo(0.41704050 - 0.02063208, within(2e-6));
    assertThat(interval.upper()).isCloseTo(0.41704050 + 0.02063208, within(2e-6));
  }

  @Test
  void proportionLimitsAreTheNormalApproximation() {
    // p0 = 0.36, n = 900: se = sqrt(0.36 * 0.64 / 900) = 0.016; 95%: 0.36 -/+ 1.959964 * 0.016
    Limits limits = ProportionLimits.at(0.36, 900);
    assertThat(limits.lower95()).isCloseTo(0.36 - 1.959964 * 0.016, within(1e-6));
    assertThat(limits.upper998()).isCloseTo(0.36 + 3.090232 * 0.016, within(1e-6));
    assertThat(ProportionLimits.at(0.99, 10).upper998()).isEqualTo(1.0);
  }

  @Test
  void dispersionIsTheMeanSquaredZScoreAndWidensTheLimits() {
    // p0 = 0.5; units 60/100 (z = 0.1/0.05 = 2), 40/100 (z = -2), 50/100 (z = 0): phi = (4 + 4 + 0) / 3 = 8/3
    double phi = ProportionLimits.dispersion(new double[] {60, 40, 50}, new double[] {100, 100, 100}, 0.5);
    assertThat(phi).isCloseTo(8.0 / 3, within(1e-12));
    // se = 0.05 * sqrt(8/3) = 0.0816497; upper 95% = 0.5 + 1.959964 * 0.0816497
    assertThat(ProportionLimits.at(0.5, 100, phi).upper95()).isCloseTo(0.5 + 1.959964 * 0.0816497, within(1e-6));
    assertThat(ProportionLimits.at(0.5, 100, 0.4)).isEqualTo(ProportionLimits.at(0.5, 100));
  }

  @Test
  void rejectsImpossibleProportions() {
    assertThatThrownBy(() -> WilsonInterval.of(11, 10, 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of(1, 0, 0.95)).isInstanceOf(IllegalArgumentException.class);
  }
}
