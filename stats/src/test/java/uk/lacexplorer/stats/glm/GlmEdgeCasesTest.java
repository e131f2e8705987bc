package uk.lacexplorer.stats.glm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.regression.Design;

class GlmEdgeCasesTest {
  private static final double[] POPULATION = {12_000, 25_000, 40_000, 18_000, 70_000, 33_000, 9_000, 51_000};

  private static double[] offsets() {
    double[] offsets = new double[POPULATION.length];
    for (int i = 0; i < offsets.length; i++) offsets[i] = Math.log(POPULATION[i]);
    return offsets;
  }

  @Test
  void convergesWhenCountsAreExactlyProportionalToPopulation() {
    // y = 0.01 × population: the intercept-only Poisson model fits perfectly (deviance 0, rate exp(b0) = 0.01).
    double[] y = new double[POPULATION.length];
    for (int i = 0; i < y.length; i++) y[i] = POPULATION[i] / 100;
    Design interceptOnly = Design.withIntercept(List.of(), new double[y.length][0]);
    GlmFit fit = Glm.fit(interceptOnly, y, offsets(), Family.POISSON);
    assertThat(Math.exp(fit.coefficients().get(0).estimate())).isCloseTo(0.01, within(1e-14));
    assertThat(fit.deviance()).isCloseTo(0, within(1e-9));
  }

  @Test
  void negativeBinomialRefusesCountsWithoutOverdispersion() {
    double[] y = new double[POPULATION.length];
    for (int i = 0; i < y.length; i++) y[i] = POPULATION[i] / 100;
    Design interceptOnly = Design.withIntercept(List.of(), new double[y.length][0]);
    assertThatThrownBy(() -> Glm.fit(interceptOnly, y, offsets(), Family.NEGATIVE_BINOMIAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no overdispersion");
  }

  @Test
  void rejectsNegativeCounts() {
    double[] y = {1, 2, -3, 4, 5, 6, 7, 8};
    Design interceptOnly = Design.withIntercept(List.of(), new double[y.length][0]);
    assertThatThrownBy(() -> Glm.fit(interceptOnly, y, offsets(), Family.POISSON)).hasMessageContaining("count 2");
  }
}
