package uk.lacexplorer.compare;

import java.util.List;

/**
 * Change points in one authority's series, with the key events within two years of each. JSON-ready.
 *
 * @param dispersion φ̂ used to scale deviances and standard errors (1 = Poisson variation)
 * @param initialGrowth yearly growth of the rate in the first segment (0.03 = +3% a year)
 */
public record ChangePointResult(String areaCode, String areaName, String measure, List<Integer> years,
                                double dispersion, double initialGrowth, List<Break> breaks,
                                List<Candidate> candidates, List<Fitted> fitted) {
  public ChangePointResult {
    years = List.copyOf(years);
    breaks = List.copyOf(breaks);
    candidates = List.copyOf(candidates);
    fitted = List.copyOf(fitted);
  }

  /**
   * A break: from {@code year} on, the rate's yearly growth changed from growthBefore to growthAfter.
   *
   * @param slopeChange change in the slope of the log rate (with its 95% interval and Wald p)
   * @param earliest earliest plausible break year (profile deviance), {@code latest} the latest
   */
  public record Break(int year, int earliest, int latest, int plusOrMinus, double slopeChange, double lower,
                      double upper, double p, double growthBefore, double growthAfter, List<EventView> eventsNearby) {
    public Break {
      eventsNearby = List.copyOf(eventsNearby);
    }

    /** "change point 2010 ± 1: growth +2.8% → +12.0% a year". */
    public String describe() {
      return "change point %d ± %d (%d–%d): growth %+.1f%% → %+.1f%% a year (change in log slope %.3f, 95%% CI %.3f to %.3f, p = %.2g)"
          .formatted(year, plusOrMinus, earliest, latest, 100 * growthBefore, 100 * growthAfter, slopeChange, lower,
              upper, p);
    }
  }

  /** The best model with a number of breaks and its criterion (lowest chosen). */
  public record Candidate(int breaks, List<Integer> years, double deviance, double criterion, boolean chosen) {
    public Candidate {
      years = List.copyOf(years);
    }
  }

  /** The chosen model's rate in a year beside the observed one. */
  public record Fitted(int year, double observedPer10k, double fittedPer10k) {
  }
}
