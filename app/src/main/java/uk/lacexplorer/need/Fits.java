package uk.lacexplorer.need;

import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.glm.Glm;
import uk.lacexplorer.stats.glm.GlmFit;
import uk.lacexplorer.stats.glm.LeaveOneOut;
import uk.lacexplorer.stats.regression.Design;

/** Runs the statistics, turning what the data cannot carry (collinear covariates, no overdispersion) into one line. */
final class Fits {
  private Fits() {
  }

  static GlmFit glm(Design design, double[] counts, double[] offsets, ModelFamily family) {
    try {
      return Glm.fit(design, counts, offsets, family.family());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw UserError.of("error.need.cannotFit", family.id(), e.getMessage());
    }
  }

  static double[] leaveOneOut(Design design, double[] counts, double[] offsets, ModelFamily family) {
    try {
      return LeaveOneOut.expected(design, counts, offsets, family.family());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw UserError.of("error.need.cannotFitLeaveOneOut", family.id(), e.getMessage());
    }
  }
}
