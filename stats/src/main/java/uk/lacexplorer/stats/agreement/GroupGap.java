package uk.lacexplorer.stats.agreement;

/**
 * How two groups' ordinal ratings differ.
 *
 * @param meanGap mean of group B minus mean of group A (in scale points)
 * @param medianGap median of B minus median of A
 * @param cliffsDelta P(B &gt; A) − P(B &lt; A) over all pairs, in [−1, 1] (Cliff 1993)
 * @param mannWhitneyU U statistic of group B (pairs where B is higher, ties counting ½)
 * @param z normal approximation of U with tie and continuity correction, as R's
 *     {@code wilcox.test(b, a, exact = FALSE, correct = TRUE)}; 0 when every answer is the same
 * @param pValue two-sided p-value of that approximation; 1 when every answer is the same
 */
public record GroupGap(long sizeA, long sizeB, double meanA, double meanB, double medianA, double medianB,
                       double meanGap, double medianGap, double cliffsDelta, double mannWhitneyU, double z,
                       double pValue) {
}
