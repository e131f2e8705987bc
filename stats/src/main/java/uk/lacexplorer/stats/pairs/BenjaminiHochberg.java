package uk.lacexplorer.stats.pairs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg adjusted p-values (q-values), as R's {@code p.adjust(p, method = "BH")}: the p-value of rank i
 * among n times n/i, made monotone from the largest down and capped at 1. Rejecting q ≤ α controls the false discovery
 * rate at α for independent or positively dependent tests.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {
  }

  public static double[] adjust(double[] p) {
    int n = p.length;
    for (double value : p) {
      if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException("p-values must lie in [0, 1]: " + value);
    }
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
    double[] adjusted = new double[n];
    double running = 1;
    for (int rank = 0; rank < n; rank++) {
      int index = order[rank];
      int fromBottom = n - rank;
      running = Math.min(running, p[index] * n / fromBottom);
      adjusted[index] = running;
    }
    return adjusted;
  }
}
