package uk.lacexplorer.stats.glm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ObservedExpectedTest {
  @Property
  void intervalContainsOneForAnAuthorityExactlyAtExpectation(@ForAll @IntRange(min = 1, max = 5000) int observed,
                                                                 @ForAll("confidences") double confidence) {
    ObservedExpected ratio = ObservedExpected.of(observed, observed, confidence);
    assertThat(ratio.ratio()).isEqualTo(1.0);
    assertThat(ratio.interval().contains(1.0)).isTrue();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Double> confidences() {
    return net.jqwik.api.Arbitraries.of(0.8, 0.9, 0.95, 0.99, 0.998);
  }

  @Test
  void exactIntervalOfTenObservedAgainstFiveExpected() {
    // Garwood 95% for O = 10: [4.795389, 18.390356] (R: poisson.test(10)$conf.int), divided by E = 5.
    ObservedExpected ratio = ObservedExpected.of(10, 5, 0.95);
    assertThat(ratio.ratio()).isEqualTo(2.0);
    assertThat(ratio.interval().lower()).isCloseTo(4.795389 / 5, within(1e-6));
    assertThat(ratio.interval().upper()).isCloseTo(18.390356 / 5, within(1e-6));
  }
}
