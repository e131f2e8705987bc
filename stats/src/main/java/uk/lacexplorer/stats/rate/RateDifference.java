package uk.lacexplorer.stats.rate;

/**
 * The difference between two independent rates with a confidence interval by the method of variance estimates
 * recovery (MOVER; Newcombe 1998, Zou &amp; Donner 2008), built from each rate's own interval so that small counts
 * keep their skewed exact or Byar's intervals: for d = r₂ − r₁,
 * lower = d − √((r₂ − l₂)² + (u₁ − r₁)²), upper = d + √((u₂ − r₂)² + (r₁ − l₁)²).
 * Stateless and thread-safe.
 *
 * @param difference r₂ − r₁ per {@code perPopulation}
 */
public record RateDifference(double from, double to, double difference, Interval interval) {

  public static RateDifference of(double observedFrom, double populationFrom, double observedTo, double populationTo,
                                  double perPopulation, PoissonInterval method, double confidence) {
    Interval first = method.forRate(observedFrom, populationFrom, perPopulation, confidence);
    Interval second = method.forRate(observedTo, populationTo, perPopulation, confidence);
    double rateFrom = observedFrom / populationFrom * perPopulation;
    double rateTo = observedTo / populationTo * perPopulation;
    double difference = rateTo - rateFrom;
    double lower = difference - Math.hypot(rateTo - second.lower(), first.upper() - rateFrom);
    double upper = difference + Math.hypot(second.upper() - rateTo, rateFrom - first.lower());
    return new RateDifference(rateFrom, rateTo, difference, new Interval(lower, upper, confidence));
  }

  /** True when the interval excludes zero. */
  public boolean significant() {
    return interval.lower() > 0 || interval.upper() < 0;
  }
}
