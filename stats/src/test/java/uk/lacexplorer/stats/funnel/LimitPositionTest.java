package uk.lacexplorer.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LimitMethod#position} gives what {@link Position#of} gives with all four limits, for every method. */
class LimitPositionTest {
  @Test
  void theShortCutPlacesEveryRateAsTheFourLimitsDo() {
    Map<Position, Integer> seen = new EnumMap<>(Position.class);
    for (LimitMethod method : LimitMethod.values()) {
      for (double pooled : new double[] {0.0004, 0.0107, 0.05}) {
        for (double denominator : new double[] {800, 13_071, 20_417, 289_481}) {
          Limits limits = method.at(pooled, denominator);
          for (int step = 0; step <= 400; step++) {
            double rate = pooled * step / 100.0;
            Position expected = Position.of(rate, limits);
            assertThat(method.position(rate, pooled, denominator)).as("%s %s %s %s", method, pooled, denominator, rate)
                .isEqualTo(expected);
            seen.merge(expected, 1, Integer::sum);
          }
          // exactly on each limit
          for (double edge : new double[] {limits.lower998(), limits.lower95(), limits.upper95(), limits.upper998()}) {
            assertThat(method.position(edge, pooled, denominator)).isEqualTo(Position.of(edge, limits));
          }
        }
      }
    }
    assertThat(seen.keySet()).containsExactlyInAnyOrder(Position.values());
  }
}
