package uk.lacexplorer.stats.regression;

import java.util.List;

/**
 * The result of {@link Ols#fit}. Residual arrays are in observation order.
 *
 * @param standardisedResiduals internally studentised residuals, e_i / (σ̂ √(1 − h_i)) (R's {@code rstandard})
 * @param studentisedResiduals externally studentised residuals, σ̂ estimated without observation i (R's {@code rstudent})
 * @param leverage diagonal of the hat matrix
 * @param sigma residual standard error
 * @param fTestP p-value of the overall F test (NaN for an intercept-only model)
 */
public record OlsFit(List<Coefficient> coefficients, double[] fitted, double[] residuals, double[] leverage,
                     double[] standardisedResiduals, double[] studentisedResiduals, double rSquared,
                     double adjustedRSquared, double sigma, double fTestP, int dfResidual) {
  public OlsFit {
    coefficients = List.copyOf(coefficients);
  }

  public Coefficient coefficient(String name) {
    return coefficients.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no term " + name));
  }
}
