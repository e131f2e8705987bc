package uk.lacexplorer.stats.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative agreement with a reference value (absolute when the reference is zero). */
public final class Tolerance {
  private Tolerance() {
  }

  public static void assertClose(String what, double actual, double expected, double relative) {
    double scale = Math.max(Math.abs(expected), expected == 0 ? 1e-300 : 0);
    double error = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / scale;
    assertThat(error).as("%s: got %s, reference %s", what, actual, expected).isLessThanOrEqualTo(relative);
  }
}
