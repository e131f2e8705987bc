package uk.lacexplorer.stats.agreement;

/**
 * Tastle and Wierman's consensus measure for an ordinal (Likert) scale (Tastle &amp; Wierman 2007, "Consensus and
 * dissention: a measure of ordinal dispersion", International Journal of Approximate Reasoning 45:531–545).
 * With levels X<sub>i</sub> = 1…k, proportions p<sub>i</sub>, mean μ and width d = k − 1:
 * <pre>Cns = 1 + Σ p<sub>i</sub> log<sub>2</sub>(1 − |X<sub>i</sub> − μ| / d)</pre>
 * Cns is 1 when everyone chose the same category and 0 when answers split equally between the two extremes.
 */
public final class TastleWiermanConsensus {
  private TastleWiermanConsensus() {
  }

  /** Cns in [0, 1]; NaN when there are no answers. */
  public static double of(OrdinalCounts counts) {
    if (counts.total() == 0) return Double.NaN;
    int k = counts.categories();
    double mean = counts.mean();
    double width = k - 1;
    double sum = 0;
    for (int level = 1; level <= k; level++) {
      double p = counts.proportion(level);
      if (p == 0) continue;
      // |X − μ| < d whenever p > 0 (μ equals an extreme only if every answer is there), so the log is finite.
      sum += p * Math.log(1 - Math.abs(level - mean) / width) / Math.log(2);
    }
    return Math.max(0, 1 + sum);
  }
}
