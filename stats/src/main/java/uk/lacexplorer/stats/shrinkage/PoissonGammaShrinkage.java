package uk.lacexplorer.stats.shrinkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.lacexplorer.stats.glm.Family;
import uk.lacexplorer.stats.glm.Glm;
import uk.lacexplorer.stats.glm.GlmFit;
import uk.lacexplorer.stats.rate.GammaQuantiles;
import uk.lacexplorer.stats.rate.Interval;
import uk.lacexplorer.stats.rate.PoissonInterval;
import uk.lacexplorer.stats.regression.Design;

/**
 * Empirical-Bayes (Poisson–gamma) shrinkage of area rates (Clayton &amp; Kaldor 1987): O_i ~ Poisson(n_i λ_i) with
 * λ_i ~ Gamma(α, β). The prior is estimated by maximum likelihood from the marginal negative binomial
 * O_i ~ NB(mean n_i·m, size α) (as {@code MASS::glm.nb(O ~ 1 + offset(log n))}: m = exp(intercept), α = θ), and each
 * area's rate is then Gamma(α + O_i, β + n_i) with β = α/m. Small areas move most towards m; large ones keep nearly
 * their raw rate. When the counts show no overdispersion (the likelihood rises without limit in α) every estimate is
 * the pooled rate. The estimates are computed over the areas sorted by id, so the input order does not matter.
 * Stateless and thread-safe.
 */
public final class PoissonGammaShrinkage {
  private PoissonGammaShrinkage() {
  }

  public static Shrinkage estimate(List<AreaCount> areas, double confidence) {
    if (areas.size() < 3) throw new IllegalArgumentException("shrinkage needs at least 3 areas, got " + areas.size());
    if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must lie in (0, 1)");
    GammaPrior prior = prior(areas);
    double tail = (1 - confidence) / 2;
    List<ShrunkRate> rates = new ArrayList<>();
    for (AreaCount area : areas) {
      double rawRate = area.observed() / area.population();
      Interval raw = PoissonInterval.EXACT.forRate(area.observed(), area.population(), 1, confidence);
      if (prior.noVariation()) {
        rates.add(new ShrunkRate(area, rawRate, raw, prior.mean(), new Interval(prior.mean(), prior.mean(), confidence), 1));
        continue;
      }
      double shape = prior.shape() + area.observed();
      double rate = prior.rate() + area.population();
      Interval interval = new Interval(GammaQuantiles.lower(tail, shape) / rate, GammaQuantiles.upper(tail, shape) / rate,
          confidence);
      rates.add(new ShrunkRate(area, rawRate, raw, shape / rate, interval, prior.rate() / rate));
    }
    return new Shrinkage(prior, rates, confidence);
  }

  static GammaPrior prior(List<AreaCount> areas) {
    List<AreaCount> sorted = new ArrayList<>(areas);
    sorted.sort(Comparator.comparing(AreaCount::id));
    double[] y = new double[sorted.size()];
    double[] offset = new double[sorted.size()];
    double totalCount = 0;
    double totalPopulation = 0;
    for (int i = 0; i < y.length; i++) {
      y[i] = sorted.get(i).observed();
      offset[i] = Math.log(sorted.get(i).population());
      totalCount += y[i];
      totalPopulation += sorted.get(i).population();
    }
    if (totalCount == 0) throw new IllegalArgumentException("every count is zero");
    Design interceptOnly = Design.withIntercept(List.of(), new double[y.length][0]);
    try {
      GlmFit fit = Glm.fit(interceptOnly, y, offset, Family.NEGATIVE_BINOMIAL);
      return new GammaPrior(Math.exp(fit.coefficients().get(0).estimate()), fit.theta(), fit.thetaSe());
    } catch (uk.lacexplorer.stats.glm.NoOverdispersionException noOverdispersion) {
      // Poisson maximum likelihood of the common rate: the pooled rate.
      return new GammaPrior(totalCount / totalPopulation, Double.POSITIVE_INFINITY, Double.NaN);
    }
  }
}
