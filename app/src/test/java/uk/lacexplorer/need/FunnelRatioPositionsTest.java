package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.Overdispersion;

class FunnelRatioPositionsTest {
  private static final FunnelRatioPositions EXACT = new FunnelRatioPositions(FunnelOptions.defaults());

  @Property
  void anAuthorityExactlyAtExpectationIsWithinTheLimits(@ForAll @DoubleRange(min = 5, max = 3000) double expected) {
    // The others are well above expectation, yet the target stays 1 (the model's expectation).
    RatioFunnel.Positions positions = EXACT.positions(List.of("A", "B", "C"),
        new double[] {expected, 150, 180}, new double[] {expected, 100, 100});
    assertThat(positions.positions().get(0)).isEqualTo("within");
  }

  @Test
  void farAboveAndBelowExpectationAreOutsideTheLimitsInInputOrder() {
    // O/E = 2 with E = 100 is far above the 99.8% limit (exact upper 99.8% limit for E = 100 is about 1.33).
    RatioFunnel.Positions positions = EXACT.positions(List.of("high", "low", "even"),
        new double[] {200, 20, 280}, new double[] {100, 100, 300});
    assertThat(positions.positions()).containsExactly("above_998", "below_998", "within");
    assertThat(positions.method()).contains("target ratio of 1").contains("overall observed/expected 1.0000");
  }

  @Test
  void overdispersionAdjustmentWidensTheLimits() {
    double[] observed = {200, 20, 280, 130, 70, 110};
    double[] expected = {100, 100, 300, 100, 100, 100};
    List<String> ids = List.of("a", "b", "c", "d", "e", "f");
    RatioFunnel.Positions plain = EXACT.positions(ids, observed, expected);
    RatioFunnel.Positions adjusted = new FunnelRatioPositions(FunnelOptions.defaults().with(Overdispersion.MULTIPLICATIVE))
        .positions(ids, observed, expected);
    long outsidePlain = plain.positions().stream().filter(p -> !p.equals("within")).count();
    long outsideAdjusted = adjusted.positions().stream().filter(p -> !p.equals("within")).count();
    assertThat(outsideAdjusted).isLessThan(outsidePlain);
  }
}
