package uk.lacexplorer.stats.glm;

import java.util.List;
import uk.lacexplorer.stats.regression.Coefficient;

/**
 * A fitted count GLM: immutable (arrays are copied in and out). Arrays are in observation order.
 *
 * @param covariance covariance of the coefficients, (X'WX)⁻¹ at the fitted means (dispersion 1)
 * @param fitted the expected counts μ̂ (including the offset)
 * @param theta θ of the negative binomial (NaN for Poisson); {@code thetaSe} its standard error
 * @param pearsonChi2 Σ (y − μ̂)² / V(μ̂)
 * @param aic −2 log L + 2 × (coefficients, plus θ)
 */
public record GlmFit(Family family, List<Coefficient> coefficients, double[][] covariance, double[] fitted,
                     double deviance, double nullDeviance, int dfResidual, double logLikelihood, double aic,
                     double theta, double thetaSe, double pearsonChi2, int iterations) {
  public GlmFit {
    coefficients = List.copyOf(coefficients);
    covariance = copy(covariance);
    fitted = fitted.clone();
  }

  /** A copy of the covariance matrix (the record's own cannot be changed). */
  @Override
  public double[][] covariance() {
    return copy(covariance);
  }

  /** A copy of the fitted means (the record's own cannot be changed). */
  @Override
  public double[] fitted() {
    return fitted.clone();
  }

  /** The fitted mean of one observation, without copying the array. */
  public double fitted(int i) {
    return fitted[i];
  }

  public int size() {
    return fitted.length;
  }

  private static double[][] copy(double[][] matrix) {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) copy[i] = matrix[i].clone();
    return copy;
  }

  public Coefficient coefficient(String name) {
    return coefficients.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no term " + name));
  }

  /** 1 − deviance / null deviance: the share of the deviance of the intercept-only model the covariates explain. */
  public double devianceExplained() {
    return nullDeviance > 0 ? 1 - deviance / nullDeviance : 0;
  }

  /** Pearson χ² / residual degrees of freedom: about 1 for counts that vary as the family assumes. */
  public double dispersion() {
    return pearsonChi2 / dfResidual;
  }

  public double[] estimates() {
    return coefficients.stream().mapToDouble(Coefficient::estimate).toArray();
  }

  /** exp(x·β + offset) for a new observation's covariate row (with the intercept column). */
  public double predict(double[] row, double offset) {
    double eta = offset;
    for (int j = 0; j < coefficients.size(); j++) eta += row[j] * coefficients.get(j).estimate();
    return Math.exp(eta);
  }
}
