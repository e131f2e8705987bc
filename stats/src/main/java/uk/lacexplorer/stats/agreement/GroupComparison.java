package uk.lacexplorer.stats.agreement;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Compares two groups' answers on the same ordinal scale: gap in means and medians, Cliff's delta as an ordinal
 * effect size, and the Mann–Whitney (Wilcoxon rank-sum) test by its tie-corrected normal approximation with
 * continuity correction. Exact p-values are not used because ordinal answers are full of ties.
 */
public final class GroupComparison {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private GroupComparison() {
  }

  /** Compares group B with group A; positive gaps mean B rates higher. Both groups need at least one answer. */
  public static GroupGap compare(OrdinalCounts groupA, OrdinalCounts groupB) {
    if (groupA.categories() != groupB.categories()) {
      throw new IllegalArgumentException("groups use different scales: " + groupA + " and " + groupB);
    }
    if (groupA.total() == 0 || groupB.total() == 0) {
      throw new IllegalArgumentException("each group needs at least one answer: " + groupA + " and " + groupB);
    }
    int k = groupA.categories();
    double sizeA = groupA.total();
    double sizeB = groupB.total();
    // U for B: for each B answer, count A answers below it, plus half the ties.
    double u = 0;
    double belowInA = 0;
    for (int level = 1; level <= k; level++) {
      u += groupB.count(level) * (belowInA + groupA.count(level) / 2.0);
      belowInA += groupA.count(level);
    }
    double pairs = sizeA * sizeB;
    double cliffsDelta = (2 * u - pairs) / pairs;
    double n = sizeA + sizeB;
    double ties = 0;
    for (int level = 1; level <= k; level++) {
      double t = groupA.count(level) + groupB.count(level);
      ties += t * t * t - t;
    }
    double variance = pairs / 12 * ((n + 1) - ties / (n * (n - 1)));
    double z = 0;
    double p = 1;
    if (variance > 0) {
      double centred = u - pairs / 2;
      z = (centred - Math.signum(centred) * 0.5) / Math.sqrt(variance);
      p = Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    }
    return new GroupGap(groupA.total(), groupB.total(), groupA.mean(), groupB.mean(), groupA.median(),
        groupB.median(), groupB.mean() - groupA.mean(), groupB.median() - groupA.median(), cliffsDelta, u, z, p);
  }
}
