package uk.lacexplorer.stats.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTest {
  // By hand: 300 started over 600,000 person-years of 0-17 population = 5.0 per 10,000; 280 ceased of 1,200 at risk
  // = 0.23333. From a stock of 900 with 600,000 children: entrants 5.0 x 60 = 300, at risk 1,200, leavers
  // 0.23333 x 1,200 = 280, next stock 900 + 300 - 280 = 920.
  private final FlowHistory history = new FlowHistory(300, 280, 1_200, 600_000);

  @Test
  void oneStepByHand() {
    StockFlowModel model = new StockFlowModel(history.entryRatePer10k(), history.exitProbability());
    assertThat(history.entryRatePer10k()).isCloseTo(5.0, within(1e-12));
    assertThat(model.entrants(600_000)).isCloseTo(300, within(1e-9));
    assertThat(model.leavers(900, 600_000)).isCloseTo(280, within(1e-9));
    assertThat(model.step(900, 600_000)).isCloseTo(920, within(1e-9));
    // steady state: E (1 - q) / q = 300 x 0.76667 / 0.23333 = 985.71
    assertThat(model.steadyState(600_000)).isCloseTo(985.714, within(1e-3));
  }

  @Test
  void simulationCentresOnTheExpectedPathAndRepeats() {
    double[] population = {600_000, 600_000, 600_000};
    List<Fan> fans = Projection.project(history, 900, population);
    assertThat(fans.get(0).expected()).isCloseTo(920, within(1e-9));
    assertThat(fans.get(0).median()).isCloseTo(920, within(6.0));
    for (Fan fan : fans) {
      assertThat(fan.lower95()).isLessThanOrEqualTo(fan.lower80());
      assertThat(fan.lower80()).isLessThanOrEqualTo(fan.lower50());
      assertThat(fan.upper50()).isLessThanOrEqualTo(fan.upper80());
      assertThat(fan.upper80()).isLessThanOrEqualTo(fan.upper95());
    }
    // intervals widen with the horizon
    assertThat(fans.get(2).upper95() - fans.get(2).lower95()).isGreaterThan(fans.get(0).upper95() - fans.get(0).lower95());
    assertThat(Projection.project(history, 900, population)).isEqualTo(fans);
  }

  @Test
  void oneYearSpreadMatchesTheNoiseByHand() {
    // With parameters known almost exactly (huge history), next stock = 900 + E - L with E ~ Poisson(300) and
    // L ~ Binomial(900 + E, 0.23333): Var = Var(E)(1-q)^2 + E[n] q (1-q) = 300 x 0.58778 + 1200 x 0.17889 = 390.0,
    // sd 19.75, so the 95% interval is about 920 +/- 38.7.
    FlowHistory exact = new FlowHistory(3e8, 2.8e8, 1.2e9, 6e11);
    List<Fan> fans = Projection.fans(Projection.simulate(exact, 900, new double[] {600_000}, 1, p -> p, 20_000, 1),
        Projection.expected(exact, 900, new double[] {600_000}, 1, p -> p));
    assertThat(fans.get(0).upper95() - fans.get(0).lower95()).isCloseTo(2 * 1.96 * 19.75, within(3.0));
  }

  @Test
  void scenarioLowersEntriesAndTheDifferenceIsNegative() {
    double[] population = {600_000, 600_000};
    double[][] base = Projection.simulate(history, 900, population, 1, p -> p, 2_000, 7);
    double[][] fewer = Projection.simulate(history, 900, population, 0.8, p -> p, 2_000, 7);
    List<Fan> difference = Projection.fans(Projection.difference(fewer, base), new double[] {-60 * 0.76667, 0});
    assertThat(difference.get(0).median()).isCloseTo(-46, within(6.0));
    assertThat(difference.get(0).upper95()).isLessThan(0);
  }
}
