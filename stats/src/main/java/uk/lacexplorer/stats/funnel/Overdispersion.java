package uk.lacexplorer.stats.funnel;

import java.util.Locale;

/**
 * Whether and how control limits are widened for overdispersion (Spiegelhalter 2005). Either way the limits are only
 * widened when the winsorised dispersion φ exceeds 1; otherwise they are the unadjusted ones.
 *
 * <ul>
 *   <li>{@link #NONE}: the chosen {@link LimitMethod}'s limits.</li>
 *   <li>{@link #MULTIPLICATIVE}: standard error s·√φ on the transformed scale.</li>
 *   <li>{@link #ADDITIVE}: random effects, standard error √(s² + τ²) on the transformed scale (FunnelPlotR's
 *       default).</li>
 *   <li>{@link #AUTO}: additive when φ is clearly above 1 ({@link Dispersion#clearlyOverdispersed()}), else none:
 *       the limits a reader should see first.</li>
 * </ul>
 */
public enum Overdispersion {
  NONE, MULTIPLICATIVE, ADDITIVE, AUTO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Overdispersion parse(String text) {
    for (Overdispersion value : values()) {
      if (value.id().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) return value;
    }
    throw new IllegalArgumentException("unknown overdispersion '" + text + "': use none, multiplicative, additive or auto");
  }
}
