package uk.lacexplorer.stats.funnel;

import java.util.Locale;

/**
 * The transformed scale on which overdispersion is estimated and adjusted limits are drawn (Spiegelhalter 2005, as in
 * FunnelPlotR for standardised ratios), for the ratio Y = O/E of observed to expected counts with target 1.
 *
 * <ul>
 *   <li>{@link #SQRT} (FunnelPlotR's "CQC"): √Y with standard error s = 1/(2√E); z = 2(√O − √E).</li>
 *   <li>{@link #LOG} (FunnelPlotR's "SHMI" transformation): log Y with s = 1/√E; z = √E·log(O/E). Needs O &gt; 0.
 *       Unlike SHMI this scale is winsorised too, not truncated.</li>
 * </ul>
 */
public enum Scale {
  SQRT {
    @Override
    double standardError(double expected) {
      return 1 / (2 * Math.sqrt(expected));
    }

    @Override
    double zScore(double observed, double expected) {
      return (Math.sqrt(observed / expected) - 1) / standardError(expected);
    }

    @Override
    double toRatio(double transformed) {
      // √Y below zero is no ratio at all: the limit is zero, not the square of a negative number.
      return transformed <= 0 ? 0 : transformed * transformed;
    }
  },
  LOG {
    @Override
    double standardError(double expected) {
      return 1 / Math.sqrt(expected);
    }

    @Override
    double zScore(double observed, double expected) {
      if (!(observed > 0)) throw new IllegalArgumentException("the log scale needs positive counts: use the sqrt scale");
      return Math.log(observed / expected) / standardError(expected);
    }

    @Override
    double toRatio(double transformed) {
      return Math.exp(transformed);
    }
  };

  /** Standard error of the transformed ratio under the Poisson model. */
  abstract double standardError(double expected);

  /** (transformed Y − transformed target) / s. */
  abstract double zScore(double observed, double expected);

  /** Back from the transformed scale, where the target is {@link #target()}, to the ratio O/E. */
  abstract double toRatio(double transformed);

  /** The target ratio 1 on the transformed scale: √1 = 1, log 1 = 0. */
  double target() {
    return this == SQRT ? 1 : 0;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Scale parse(String text) {
    for (Scale scale : values()) {
      if (scale.id().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) return scale;
    }
    throw new IllegalArgumentException("unknown scale '" + text + "': use sqrt or log");
  }
}
