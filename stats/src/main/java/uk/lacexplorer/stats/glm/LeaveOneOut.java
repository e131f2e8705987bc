package uk.lacexplorer.stats.glm;

import uk.lacexplorer.stats.regression.Design;

/**
 * Leave-one-out expectations: each observation's expected count from the model fitted to all the others, so no
 * authority sets its own benchmark.
 */
public final class LeaveOneOut {
  private LeaveOneOut() {
  }

  public static double[] expected(Design design, double[] y, double[] offset, Family family) {
    double[] expected = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      GlmFit fit = Glm.fit(design.without(i), without(y, i), without(offset, i), family);
      expected[i] = fit.predict(design.row(i), offset[i]);
    }
    return expected;
  }

  static double[] without(double[] values, int index) {
    double[] kept = new double[values.length - 1];
    for (int i = 0, k = 0; i < values.length; i++) if (i != index) kept[k++] = values[i];
    return kept;
  }
}
