package uk.lacexplorer.stats.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement with reference values: relative 1e-6 (absolute near zero). */
public final class Close {
  public static final double RELATIVE = 1e-6;

  private Close() {
  }

  public static void relative(String what, double actual, double expected) {
    relative(what, actual, expected, RELATIVE);
  }

  public static void relative(String what, double actual, double expected, double tolerance) {
    double scale = Math.max(Math.abs(expected), 1e-300);
    if (expected == 0) {
      assertThat(actual).as(what).isCloseTo(0, within(1e-12));
    } else {
      assertThat(Math.abs(actual - expected) / scale).as("%s: %s vs R %s", what, actual, expected).isLessThan(tolerance);
    }
  }
}
