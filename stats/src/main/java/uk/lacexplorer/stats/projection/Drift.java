package uk.lacexplorer.stats.projection;

import java.util.List;

/**
 * How an authority's yearly rates move: a local-level model for the log entry rate and for the logit of the exit
 * probability, each a random walk (the level) seen through yearly noise (chance and passing causes):
 * {@code y_t = level_t + noise_t}, {@code level_t = level_{t−1} + step_t}. With one- and two-year changes pooled over
 * many authorities, {@code Var(y_t − y_{t−1}) = σ² + 2τ²} and {@code Var(y_t − y_{t−2}) = 2σ² + 2τ²}, so the step is
 * {@code σ² = V₂ − V₁} and the noise {@code τ² = (2V₁ − V₂) / 2} (each floored at 0; population variances). A
 * projection lets the rates take the step each year; the noise makes a calibrated mean of n years uncertain by
 * {@code τ² / n}. A backtest, not this argument, is what shows that intervals built on it hold their nominal share.
 *
 * @param logRateStep σ of the log entry rate, a year
 * @param logitExitStep σ of the logit exit probability, a year
 * @param logRateNoise τ of the log entry rate
 * @param logitExitNoise τ of the logit exit probability
 * @param changes the number of one-year changes of the entry rate the estimate rests on
 */
public record Drift(double logRateStep, double logitExitStep, double logRateNoise, double logitExitNoise, int changes) {
  /** No wandering: the rates stay as calibrated (only their sampling uncertainty and chance remain). */
  public static final Drift NONE = new Drift(0, 0, 0, 0, 0);

  public Drift {
    if (!(logRateStep >= 0 && logitExitStep >= 0 && logRateNoise >= 0 && logitExitNoise >= 0 && changes >= 0)) {
      throw new IllegalArgumentException("drift must be non-negative: %s, %s, %s, %s"
          .formatted(logRateStep, logitExitStep, logRateNoise, logitExitNoise));
    }
  }

  /** One year's flows of one authority: started, the 0–17 population, ceased and the children at risk of ceasing. */
  public record Year(double started, double population, double ceased, double atRisk) {
  }

  /**
   * @param runs each authority's consecutive years (a gap starts a new run)
   */
  public static Drift estimate(List<List<Year>> runs) {
    Changes entry = new Changes();
    Changes exit = new Changes();
    for (List<Year> run : runs) {
      Double[] rate = new Double[run.size()];
      Double[] leave = new Double[run.size()];
      for (int i = 0; i < run.size(); i++) {
        Year y = run.get(i);
        if (y.started() > 0 && y.population() > 0) rate[i] = Math.log(y.started() / y.population());
        if (y.atRisk() >= 2) leave[i] = logit(bounded(y.ceased(), y.atRisk()));
      }
      entry.add(rate);
      exit.add(leave);
    }
    return new Drift(entry.step(), exit.step(), entry.noise(), exit.noise(), entry.one.n);
  }

  /** A share kept half a child inside 0 and 1, so that its logit is finite. */
  private static double bounded(double ceased, double atRisk) {
    return Math.min(atRisk - 0.5, Math.max(0.5, ceased)) / atRisk;
  }

  static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /** One- and two-year changes of a series, pooled. */
  private static final class Changes {
    private final Moments one = new Moments();
    private final Moments two = new Moments();

    void add(Double[] series) {
      for (int i = 1; i < series.length; i++) {
        if (series[i] == null) continue;
        if (series[i - 1] != null) one.add(series[i] - series[i - 1]);
        if (i >= 2 && series[i - 2] != null) two.add(series[i] - series[i - 2]);
      }
    }

    /** σ = √max(0, V₂ − V₁); 0 with fewer than two changes of each kind. */
    double step() {
      if (one.n < 2 || two.n < 2) return 0;
      return Math.sqrt(Math.max(0, two.variance() - one.variance()));
    }

    /** τ = √max(0, (2V₁ − V₂) / 2). */
    double noise() {
      if (one.n < 2 || two.n < 2) return 0;
      return Math.sqrt(Math.max(0, (2 * one.variance() - two.variance()) / 2));
    }
  }

  private static final class Moments {
    private int n;
    private double sum;
    private double sumSquares;

    void add(double x) {
      n++;
      sum += x;
      sumSquares += x * x;
    }

    double variance() {
      double mean = sum / n;
      return sumSquares / n - mean * mean;
    }
  }
}
