package uk.lacexplorer.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.testing.TestData;

/** One step of the projection for an English and a Welsh authority, by hand from the shipped dataset's values. */
class ProjectionServiceTest {
  static ProjectionService service;

  @BeforeAll
  static void load() {
    service = new ProjectionService(TestData.shippedStore(TestData.freshDatabase()));
  }

  @Test
  void leedsOneStepByHand() {
    // Leeds, origin 31 March 2024 (stock 1,549). Calibration 2022-2024 (started, ceased, stock a year before,
    // DfE population 0-17): 2022: 453, 370, 1281, 170639; 2023: 506, 439, 1374, 172453; 2024: 558, 476, 1452, 174133.
    // started 1517, ceased 1285, at risk (1281+453)+(1374+506)+(1452+558) = 5624, person-years 517225.
    // rate = 1517 / 517225 x 10,000 = 29.3296 per 10,000; exit q = 1285 / 5624 = 0.228485.
    // 2025 (population carried forward, 174133): entrants 29.3296 x 17.4133 = 510.725, leavers
    // 0.228485 x (1549 + 510.725) = 470.616, stock 1549 + 510.725 - 470.616 = 1589.109.
    ProjectionResult result = service.run(ProjectionRequest.parse("Leeds", "3", Scenario.NONE));
    assertThat(result.origin()).isEqualTo(2024);
    assertThat(result.calibration()).isEqualTo("observed");
    assertThat(result.entryRatePer10k()).isCloseTo(29.329595, within(1e-5));
    assertThat(result.exitProbability()).isCloseTo(0.2284851, within(1e-6));
    ProjectionResult.Year first = result.years().get(0);
    assertThat(first.year()).isEqualTo(2025);
    assertThat(first.baseline().expected()).isCloseTo(1589.109, within(1e-3));
    assertThat(first.baseline().lower95()).isLessThan(1589.109);
    assertThat(first.baseline().upper95()).isGreaterThan(1589.109);
  }

  @Test
  void cardiffOneStepByHandWithInferredFlows() {
    // Cardiff publishes only the stock: 2015 650, 2016 645, 2017 720, 2018 830. England's exit probability over
    // 2016-2017 (ceased / (stock a year before + started)): (31710 + 31250) / ((69540 + 32050) + (70440 + 32810))
    // = 62960 / 204840 = 0.307362. Entrants E = (S_t - (1-q) S_t-1) / (1-q): 2016 281.222, 2017 394.504, 2018 478.317
    // (sum 1154.043), at risk 650+281.222 + 645+394.504 + 720+478.317 = 3169.043, ceased 974.043.
    // Population: 2016 has no estimate, so the 2011-based projection scaled at 2017: 74155 x 75207 / 76398 = 72998.97;
    // 2017 74155; 2018 74635; person-years 221788.97. rate = 1154.043 / 221788.97 x 10,000 = 52.0334.
    // 2019 (mid-year estimate 74890): entrants 52.0334 x 7.489 = 389.678, leavers 0.307362 x (830 + 389.678) = 374.882,
    // stock 830 + 389.678 - 374.882 = 844.795.
    ProjectionResult result = service.run(ProjectionRequest.parse("Cardiff", "2", Scenario.NONE));
    assertThat(result.origin()).isEqualTo(2018);
    assertThat(result.calibration()).isEqualTo("inferred");
    assertThat(result.exitProbability()).isCloseTo(0.3073618, within(1e-6));
    assertThat(result.entryRatePer10k()).isCloseTo(52.03338, within(1e-4));
    assertThat(result.years().get(0).population()).isEqualTo(74890.0);
    assertThat(result.years().get(0).baseline().expected()).isCloseTo(844.795, within(1e-3));
  }

  @Test
  void scenarioOfFewerEntrantsLowersTheStockByTheHandDifference() {
    // 10% fewer entrants in Leeds' first year: 51.0725 fewer, of whom (1 - 0.228485) stay: -39.40.
    ProjectionResult result = service.run(ProjectionRequest.parse("Leeds", "2",
        Scenario.parse("test", List.of("# fewer entrants", "entry_rate_change_pct = -10"))));
    ProjectionResult.Year first = result.years().get(0);
    assertThat(first.difference().expected()).isCloseTo(-51.0725 * (1 - 0.228485), within(1e-3));
    assertThat(first.difference().upper95()).isLessThan(0);
    assertThat(first.scenario().expected()).isCloseTo(1589.109 - 39.403, within(1e-2));
  }

  @Test
  void badScenarioLinesNameTheLine() {
    assertThatThrownBy(() -> Scenario.parse("s.txt", List.of("entry_rate_change_pct = 5", "step_down = 3")))
        .isInstanceOf(UserError.class).extracting(e -> ((UserError) e).args()).asList().contains("s.txt", 2, "step_down");
    assertThatThrownBy(() -> Scenario.parse("s.txt", List.of("exit_change_pct = lots"))).isInstanceOf(UserError.class);
    assertThatThrownBy(() -> ProjectionRequest.parse("Leeds", "0", Scenario.NONE)).isInstanceOf(UserError.class);
  }

  @Test
  void backtestScoresEveryHorizonAndTheNaiveForecasts() {
    BacktestResult result = service.backtest().run(new BacktestRequest(Nation.WALES, 2012, 2));
    assertThat(result.rows()).hasSize(3);
    assertThat(result.authorities()).isEqualTo(22);
    BacktestResult.Row all = result.rows().get(2);
    assertThat(all.forecasts()).isEqualTo(44);
    assertThat(all.inside95()).isBetween(0.0, 1.0);
    assertThat(all.lastValueMape()).isGreaterThan(0);
  }
}
