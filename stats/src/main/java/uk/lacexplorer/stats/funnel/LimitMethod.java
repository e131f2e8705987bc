package uk.lacexplorer.stats.funnel;

import java.util.Locale;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.special.Gamma;
import uk.lacexplorer.stats.rate.GammaQuantiles;

/**
 * How control limits around a pooled rate p0 are drawn at a population n, with E = p0·n expected events.
 *
 * <ul>
 *   <li>{@link #EXACT}: exact Poisson limits as FunnelPlotR draws them for a standardised ratio (its
 *       {@code calculate_limits}, {@code draw_adjusted = FALSE}), expressed as rates:
 *       lower = p0·χ²⁻¹(α/2; 2E)/(2E), upper = p0·χ²⁻¹(1−α/2; 2E+2)/(2E).</li>
 *   <li>{@link #PHE}: the Fingertips / PHEindicatormethods rate funnel ({@code calculate_funnel_limits} with
 *       {@code statistic = "rate"}): the limit at n is O/n for the count O whose exact Poisson interval just
 *       touches E. For the lower limit, the upper end of O's interval equals E (Q(O+1, E) = α/2, zero when even
 *       O = 0 gives an interval above E); for the upper limit, the lower end equals E (P(O, E) = α/2). The package
 *       finds O on a grid of whole counts by bisection; here O is solved continuously at each n.</li>
 *   <li>{@link #NORMAL}: p0 ± z·√(p0/n), floored at zero.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public enum LimitMethod {
  EXACT {
    @Override
    double lower(double pooledRate, double denominator, Confidence level) {
      double expected = pooledRate * denominator;
      return pooledRate * GammaQuantiles.lower(level.alpha / 2, expected) / expected;
    }

    @Override
    double upper(double pooledRate, double denominator, Confidence level) {
      double expected = pooledRate * denominator;
      return pooledRate * GammaQuantiles.upper(level.alpha / 2, expected + 1) / expected;
    }
  },
  PHE {
    @Override
    double lower(double pooledRate, double denominator, Confidence level) {
      double expected = pooledRate * denominator;
      double tail = level.alpha / 2;
      // Q(a, E) rises with the shape a; with a = 1 (O = 0) it is exp(-E).
      if (Math.exp(-expected) >= tail) return 0;
      double shape = solveShape(a -> Gamma.regularizedGammaQ(a, expected) - tail, 1, expected);
      return (shape - 1) / denominator;
    }

    @Override
    double upper(double pooledRate, double denominator, Confidence level) {
      double expected = pooledRate * denominator;
      double tail = level.alpha / 2;
      // P(a, E) falls with the shape a, from 1 as a → 0.
      double shape = solveShape(a -> tail - Gamma.regularizedGammaP(a, expected), 0, expected);
      return shape / denominator;
    }
  },
  NORMAL {
    @Override
    double lower(double pooledRate, double denominator, Confidence level) {
      return Math.max(0, pooledRate - level.z * Math.sqrt(pooledRate / denominator));
    }

    @Override
    double upper(double pooledRate, double denominator, Confidence level) {
      return pooledRate + level.z * Math.sqrt(pooledRate / denominator);
    }
  };

  private static final int MAX_EVALUATIONS = 1000;

  abstract double lower(double pooledRate, double denominator, Confidence level);

  abstract double upper(double pooledRate, double denominator, Confidence level);

  /** Both levels' limits at one denominator, as rates. */
  public Limits at(double pooledRate, double denominator) {
    if (!(pooledRate > 0) || !(denominator > 0)) {
      throw new IllegalArgumentException("pooled rate and denominator must be positive: " + pooledRate + ", " + denominator);
    }
    return new Limits(lower(pooledRate, denominator, Confidence.C95), upper(pooledRate, denominator, Confidence.C95),
        lower(pooledRate, denominator, Confidence.C998), upper(pooledRate, denominator, Confidence.C998));
  }

  /**
   * Where a rate lies against the limits at a denominator: the same answer as
   * {@code Position.of(rate, at(pooledRate, denominator))}, computing only the limits that decide it (the 99.8% limit
   * only beyond the 95% one, which lies inside it), for analyses that place many authorities.
   */
  public Position position(double rate, double pooledRate, double denominator) {
    if (!(pooledRate > 0) || !(denominator > 0)) {
      throw new IllegalArgumentException("pooled rate and denominator must be positive: " + pooledRate + ", " + denominator);
    }
    if (rate > upper(pooledRate, denominator, Confidence.C95)) {
      return rate > upper(pooledRate, denominator, Confidence.C998) ? Position.ABOVE_998 : Position.ABOVE_95;
    }
    if (rate < lower(pooledRate, denominator, Confidence.C95)) {
      return rate < lower(pooledRate, denominator, Confidence.C998) ? Position.BELOW_998 : Position.BELOW_95;
    }
    return Position.WITHIN;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LimitMethod parse(String text) {
    for (LimitMethod method : values()) {
      if (method.id().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) return method;
    }
    throw new IllegalArgumentException("unknown limit method '" + text + "': use exact, phe or normal");
  }

  /** The root in shape of an increasing function that is negative at {@code low}. */
  private static double solveShape(UnivariateFunction increasing, double low, double expected) {
    double high = expected + 10 * Math.sqrt(expected) + 10;
    while (increasing.value(high) < 0) high *= 2;
    double start = Math.max(low, 1e-300);
    return new BrentSolver(1e-15, 1e-13).solve(MAX_EVALUATIONS, increasing, start, high);
  }
}
