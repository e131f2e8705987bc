package uk.lacexplorer.stats.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftTest {
  /** A run whose log entry rates are {@code logRates}, with a constant exit share of 30 in 100. */
  private static List<Drift.Year> run(double... logRates) {
    List<Drift.Year> run = new ArrayList<>();
    for (double y : logRates) run.add(new Drift.Year(10_000 * Math.exp(y), 10_000, 30, 100));
    return run;
  }

  @Test
  void stepAndNoiseFromOneAndTwoYearChangesByHand() {
    // Log rates 0, 0.1, 0.3, 0.2 and 0, 0.2, 0.4, 0.6.
    // One-year changes 0.1, 0.2, -0.1, 0.2, 0.2, 0.2: mean 0.13333, mean of squares 0.18 / 6 = 0.03,
    // V1 = 0.03 - 0.017778 = 0.012222. Two-year changes 0.3, 0.1, 0.4, 0.4: mean 0.3, mean of squares 0.105,
    // V2 = 0.105 - 0.09 = 0.015. Step sigma^2 = V2 - V1 = 0.0027778 (sigma 0.052705); noise tau^2 = (2 V1 - V2) / 2
    // = 0.0047222 (tau 0.068718). The exit share never changes: step and noise 0.
    Drift drift = Drift.estimate(List.of(run(0, 0.1, 0.3, 0.2), run(0, 0.2, 0.4, 0.6)));
    assertThat(drift.logRateStep()).isCloseTo(0.0527046, within(1e-6));
    assertThat(drift.logRateNoise()).isCloseTo(0.0687184, within(1e-6));
    assertThat(drift.logitExitStep()).isCloseTo(0, within(1e-12));
    assertThat(drift.logitExitNoise()).isCloseTo(0, within(1e-12));
    assertThat(drift.changes()).isEqualTo(6);
  }

  @Test
  void pureNoiseHasNoStepAndRunsAreNotJoined() {
    // 0, 0.1, 0.3, 0.2 alone: V1 = 0.015556, V2 = 0.01, so V2 - V1 < 0: step 0, noise^2 = (0.031111 - 0.01) / 2.
    Drift alone = Drift.estimate(List.of(run(0, 0.1, 0.3, 0.2)));
    assertThat(alone.logRateStep()).isZero();
    assertThat(alone.logRateNoise()).isCloseTo(Math.sqrt((2 * 0.0155556 - 0.01) / 2), within(1e-6));
    // the same years split into two runs give no two-year change at all: nothing to estimate
    assertThat(Drift.estimate(List.of(run(0, 0.1), run(0.3, 0.2)))).isEqualTo(new Drift(0, 0, 0, 0, 2));
  }

  @Test
  void wanderingRatesWidenTheOneYearIntervalByHand() {
    // Parameters known almost exactly, log entry rate stepping by N(0, 0.1^2) in the year: entrants are
    // Poisson(300 e^z), so E[entrants] = 300 e^0.005 = 301.504 and Var = 301.504 + 300^2 e^0.01 (e^0.01 - 1) = 1215.1.
    // Leavers Binomial(900 + E, 0.23333): Var(next) = 1215.1 x (1 - q)^2 + 1201.5 x q (1 - q) = 714.2 + 214.9 = 929.1,
    // sd 30.48: a 95% interval about 2 x 1.96 x 30.48 = 119.5 wide (against 77.4 without the step).
    FlowHistory exact = new FlowHistory(3e8, 2.8e8, 1.2e9, 6e11, 3);
    double[][] paths = Projection.simulate(exact, new Drift(0.1, 0, 0, 0, 100), 900, new double[] {600_000}, 1,
        p -> p, 20_000, 1);
    List<Fan> fans = Projection.fans(paths, new double[] {920});
    assertThat(fans.get(0).upper95() - fans.get(0).lower95()).isCloseTo(119.5, within(5.0));
  }

  @Test
  void dampedPathMovesAShareOfEachStep() {
    // From 900 with the model's step to 920 (see ProjectionTest): damping 0.25 gives 905; the next year starts
    // from 905: model 905 + 300 - 0.23333 x 1205 = 923.833, damped 905 + 0.25 x 18.833 = 909.708.
    FlowHistory history = new FlowHistory(300, 280, 1_200, 600_000);
    double[] path = Projection.damped(history, 900, new double[] {600_000, 600_000}, 0.25);
    assertThat(path[0]).isCloseTo(905, within(1e-9));
    assertThat(path[1]).isCloseTo(909.7083, within(1e-4));
    assertThat(Projection.damped(history, 900, new double[] {600_000}, 1)[0]).isCloseTo(920, within(1e-9));
    double[][] moved = Projection.shifted(new double[][] {{10, 3}}, new double[] {-5});
    assertThat(moved[0]).containsExactly(5, 0);
  }
}
