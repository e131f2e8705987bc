package uk.lacexplorer.need;

import java.util.List;
import java.util.Map;
import uk.lacexplorer.stats.regression.Coefficient;

/** Candidate sets of need factors, best AIC first, each with its fit, VIFs and the terms not distinguishable from 0. */
public record SelectionResult(ModelRequest request, NeedTable table, List<Candidate> candidates) {
  public SelectionResult {
    candidates = List.copyOf(candidates);
  }

  /**
   * @param looDeviance leave-one-out deviance, NaN when not worked out (sets beyond the best by AIC)
   * @param notDistinguishable terms whose 95% interval includes zero
   */
  public record Candidate(List<String> factors, List<Coefficient> coefficients, double aic, double looDeviance,
                          Map<String, Double> vifs, List<String> notDistinguishable, double theta) {
    public Candidate {
      factors = List.copyOf(factors);
      coefficients = List.copyOf(coefficients);
      vifs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vifs));
      notDistinguishable = List.copyOf(notDistinguishable);
    }

    Candidate withLooDeviance(double deviance) {
      return new Candidate(factors, coefficients, aic, deviance, vifs, notDistinguishable, theta);
    }

    public double maxVif() {
      return vifs.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }
  }

  /** The candidate with the smallest leave-one-out deviance among those where it was worked out. */
  public Candidate bestByLeaveOneOut() {
    return candidates.stream().filter(c -> Double.isFinite(c.looDeviance()))
        .min(java.util.Comparator.comparingDouble(Candidate::looDeviance)).orElse(candidates.get(0));
  }
}
