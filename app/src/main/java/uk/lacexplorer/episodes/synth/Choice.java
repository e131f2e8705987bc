package uk.lacexplorer.episodes.synth;

import java.util.SplittableRandom;

/** A categorical distribution over codes, drawn with one uniform number. Immutable. */
final class Choice {
  private final String[] codes;
  private final double[] cumulative;

  private Choice(String[] codes, double[] weights) {
    this.codes = codes;
    this.cumulative = new double[weights.length];
    double total = 0;
    for (double weight : weights) total += weight;
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] / total;
      cumulative[i] = sum;
    }
    cumulative[weights.length - 1] = 1;
  }

  /** {@code of("A", 0.7, "B", 0.3)}: codes and weights in turn (weights need not add up to 1). */
  static Choice of(Object... codesAndWeights) {
    int n = codesAndWeights.length / 2;
    String[] codes = new String[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      codes[i] = (String) codesAndWeights[2 * i];
      weights[i] = ((Number) codesAndWeights[2 * i + 1]).doubleValue();
    }
    return new Choice(codes, weights);
  }

  String draw(SplittableRandom random) {
    double u = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) if (u < cumulative[i]) return codes[i];
    return codes[codes.length - 1];
  }
}
