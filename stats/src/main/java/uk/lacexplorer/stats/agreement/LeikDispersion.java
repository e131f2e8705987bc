package uk.lacexplorer.stats.agreement;

/**
 * Leik's measure of ordinal dispersion (Leik 1966, "A measure of ordinal consensus", Pacific Sociological Review
 * 9:85–90). With cumulative proportions F<sub>1</sub>…F<sub>k−1</sub> and d<sub>i</sub> = F<sub>i</sub> when
 * F<sub>i</sub> ≤ ½, else 1 − F<sub>i</sub>:
 * <pre>D = 2 Σ d<sub>i</sub> / (k − 1)</pre>
 * D is 0 when everyone chose the same category and 1 when answers split equally between the two extremes.
 * Its complement 1 − D is read as consensus.
 */
public final class LeikDispersion {
  private LeikDispersion() {
  }

  /** D in [0, 1]; NaN when there are no answers. */
  public static double of(OrdinalCounts counts) {
    if (counts.total() == 0) return Double.NaN;
    int k = counts.categories();
    double sum = 0;
    for (int level = 1; level < k; level++) {
      double cumulative = counts.cumulativeProportion(level);
      sum += cumulative <= 0.5 ? cumulative : 1 - cumulative;
    }
    return 2 * sum / (k - 1);
  }

  /** 1 − D: 1 for full agreement, 0 for an even split between the extremes. */
  public static double consensus(OrdinalCounts counts) {
    return 1 - of(counts);
  }
}
