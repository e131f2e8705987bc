package uk.lacexplorer.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * The default limits: widened (additive) only when the test of no overdispersion rejects at 5%. Under chance alone
 * N·φ (the sum of the squared winsorised z-scores) follows χ² with N − 1 degrees of freedom; R:
 * {@code pchisq(22 * 1.2, 21, lower.tail = FALSE)} = 0.1916058 and {@code pchisq(22 * 18.18, 21, lower.tail = FALSE)} ≈ 0.
 */
class AutoOverdispersionTest {
  private static Dispersion dispersion(double phi, int units) {
    return new Dispersion(Scale.SQRT, 0.1, units, phi, 0.01, -1, 1);
  }

  @Test
  void theTestOfNoOverdispersionAsR() {
    assertThat(dispersion(1.2, 22).noOverdispersionP()).isCloseTo(0.1916058445, within(1e-9));
    assertThat(dispersion(1.2, 22).noOverdispersionP())
        .isCloseTo(1 - new ChiSquaredDistribution(21).cumulativeProbability(26.4), within(1e-15));
    assertThat(dispersion(18.18, 22).noOverdispersionP()).isLessThan(1e-12);
    assertThat(dispersion(0.8, 22).clearlyOverdispersed()).isFalse();
    assertThat(dispersion(1.2, 22).clearlyOverdispersed()).isFalse();
    assertThat(dispersion(18.18, 22).clearlyOverdispersed()).isTrue();
  }

  @Test
  void autoIsAdditiveWhenClearAndPlainOtherwise() {
    ControlLimits clear = ControlLimits.of(0.01, LimitMethod.EXACT, Overdispersion.AUTO, dispersion(18.18, 22));
    assertThat(clear.overdispersion()).isEqualTo(Overdispersion.ADDITIVE);
    assertThat(clear.adjusted()).isTrue();
    assertThat(clear.describe()).contains("additive").contains("clearly above 1");
    assertThat(clear.at(10_000)).isEqualTo(
        ControlLimits.of(0.01, LimitMethod.EXACT, Overdispersion.ADDITIVE, dispersion(18.18, 22)).at(10_000));
    ControlLimits unclear = ControlLimits.of(0.01, LimitMethod.EXACT, Overdispersion.AUTO, dispersion(1.2, 22));
    assertThat(unclear.overdispersion()).isEqualTo(Overdispersion.NONE);
    assertThat(unclear.adjusted()).isFalse();
    assertThat(unclear.describe()).contains("not clearly above 1");
    assertThat(unclear.at(10_000)).isEqualTo(LimitMethod.EXACT.at(0.01, 10_000));
  }
}
