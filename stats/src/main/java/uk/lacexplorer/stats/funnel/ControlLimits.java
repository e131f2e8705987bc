package uk.lacexplorer.stats.funnel;

/**
 * The control limits of one funnel as a function of the denominator: the unadjusted {@link LimitMethod}'s limits, or,
 * when overdispersion is adjusted for and φ &gt; 1, limits drawn on the transformed scale and carried back to rates.
 * On the square-root scale the adjusted limits are p0·(1 ± z·σ)² with σ = s·√φ (multiplicative) or √(s² + τ²)
 * (additive), the lower one zero when 1 − z·σ ≤ 0; on the log scale p0·exp(±z·σ). (FunnelPlotR 0.5 draws the
 * square-root limits without squaring them back, its issue #33; they are squared here.) Immutable.
 *
 * @param overdispersion the adjustment applied: with {@link Overdispersion#AUTO} asked, additive or none
 * @param adjusted whether the limits are the overdispersion-adjusted ones
 * @param automatic whether the adjustment was chosen by {@link Overdispersion#AUTO}
 */
public record ControlLimits(double pooledRate, LimitMethod method, Overdispersion overdispersion, Dispersion dispersion,
                            boolean adjusted, boolean automatic) {

  public static ControlLimits of(double pooledRate, LimitMethod method, Overdispersion overdispersion,
                                 Dispersion dispersion) {
    boolean automatic = overdispersion == Overdispersion.AUTO;
    Overdispersion applied = !automatic ? overdispersion
        : dispersion.clearlyOverdispersed() ? Overdispersion.ADDITIVE : Overdispersion.NONE;
    boolean adjusted = applied != Overdispersion.NONE && dispersion.overdispersed();
    return new ControlLimits(pooledRate, method, applied, dispersion, adjusted, automatic);
  }

  /** Limits at a denominator, as rates. */
  public Limits at(double denominator) {
    if (!adjusted) return method.at(pooledRate, denominator);
    Scale scale = dispersion.scale();
    double expected = pooledRate * denominator;
    double standardError = scale.standardError(expected);
    double sigma = overdispersion == Overdispersion.MULTIPLICATIVE
        ? standardError * Math.sqrt(dispersion.phi())
        : Math.sqrt(standardError * standardError + dispersion.tau2());
    return new Limits(
        pooledRate * scale.toRatio(scale.target() - Confidence.C95.z * sigma),
        pooledRate * scale.toRatio(scale.target() + Confidence.C95.z * sigma),
        pooledRate * scale.toRatio(scale.target() - Confidence.C998.z * sigma),
        pooledRate * scale.toRatio(scale.target() + Confidence.C998.z * sigma));
  }

  /** "exact Poisson limits" or "additive overdispersion adjustment (τ²) on the square-root scale", for people. */
  public String describe() {
    String unadjusted = switch (method) {
      case EXACT -> "exact Poisson limits (FunnelPlotR)";
      case PHE -> "exact Poisson limits, PHE/Fingertips rate funnel";
      case NORMAL -> "normal approximation limits";
    };
    double p = dispersion.noOverdispersionP();
    String why = String.format(java.util.Locale.ROOT, "φ = %.2f, %s for no overdispersion", dispersion.phi(),
        p < 0.001 ? "p < 0.001" : String.format(java.util.Locale.ROOT, "p = %.3f", p));
    if (automatic) {
      return adjusted ? "additive (random effects, τ²) overdispersion adjustment on the "
          + (dispersion.scale() == Scale.SQRT ? "square-root" : "log") + " scale, chosen because φ is clearly above 1 ("
          + why + ")" : unadjusted + " (φ is not clearly above 1: " + why + ")";
    }
    if (overdispersion == Overdispersion.NONE) return unadjusted;
    String scale = dispersion.scale() == Scale.SQRT ? "square-root" : "log";
    String kind = overdispersion == Overdispersion.ADDITIVE ? "additive (random effects, τ²)" : "multiplicative (φ)";
    return adjusted ? kind + " overdispersion adjustment on the " + scale + " scale"
        : unadjusted + " (no overdispersion adjustment: φ ≤ 1)";
  }
}
