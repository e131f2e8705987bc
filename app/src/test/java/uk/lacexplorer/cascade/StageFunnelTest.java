package uk.lacexplorer.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Database;

/**
 * {@code ./lacx cascade --stage section47_enquiries --nation england --year 2024} and {@code cascade trend} on the
 * shipped dataset: the binomial limits and φ recomputed by hand from the points the funnel lists, Hartlepool's 913 of
 * 2,190 as {@code ./lacx data} gives them.
 */
class StageFunnelTest {
  @TempDir
  static Path folder;
  static Application app;

  @BeforeAll
  static void open() {
    app = new Application(new Config(folder, Database.inMemoryUrl("stage-" + UUID.randomUUID()), null, null,
        DatasetFiles.Location.classpath()));
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void conversionFunnelHasBinomialLimitsAroundThePooledProportion() {
    StageFunnelResult result = app.stageFunnel().run(StageFunnelRequest.parse("england", "2024", "section47_enquiries", null));
    assertThat(result.figure()).isEqualTo(CascadeFigure.CONVERSION);
    double x = 0;
    double n = 0;
    for (StageFunnelResult.Point p : result.points()) {
      x += p.count();
      n += p.base();
    }
    double p0 = x / n;
    assertThat(result.target()).isCloseTo(100 * p0, within(1e-9));
    StageFunnelResult.Point hartlepool = result.points().stream().filter(p -> p.areaName().equals("Hartlepool"))
        .findFirst().orElseThrow();
    assertThat(hartlepool.count()).isEqualTo(913);
    assertThat(hartlepool.base()).isEqualTo(2190);
    double se = Math.sqrt(p0 * (1 - p0) / 2190);
    assertThat(hartlepool.limit95Upper()).isCloseTo(100 * (p0 + 1.959963984540054 * se), within(1e-9));
    assertThat(hartlepool.limit998Upper()).isCloseTo(100 * (p0 + 3.090232306167813 * se), within(1e-9));
    assertThat(hartlepool.position()).isEqualTo("above_998");
    double sum = 0;
    for (StageFunnelResult.Point p : result.points()) {
      double z = (p.count() / p.base() - p0) / Math.sqrt(p0 * (1 - p0) / p.base());
      sum += z * z;
    }
    assertThat(result.phi()).isCloseTo(sum / result.points().size(), within(1e-9));
    assertThat(result.excluded()).anyMatch(text -> text.startsWith("Isles of Scilly"));
    // the cascade places Hartlepool's conversion on the same funnel
    CascadeResult cascade = app.cascade().run(CascadeRequest.parse("Hartlepool", "2024", null));
    assertThat(cascade.figure(Stage.SECTION47, CascadeFigure.CONVERSION).orElseThrow().position()).isEqualTo(hartlepool.position());

    StageFunnelResult widened = app.stageFunnel().run(StageFunnelRequest.parse("england", "2024", "section47_enquiries",
        "multiplicative"));
    assertThat(widened.adjusted()).isTrue();
    StageFunnelResult.Point wide = widened.points().stream().filter(p -> p.areaName().equals("Hartlepool")).findFirst().orElseThrow();
    assertThat(wide.limit95Upper()).isCloseTo(100 * (p0 + 1.959963984540054 * se * Math.sqrt(result.phi())), within(1e-9));
  }

  @Test
  void firstStageIsARateFunnel() {
    StageFunnelResult result = app.stageFunnel().run(StageFunnelRequest.parse("england", "2024", "referrals", null));
    assertThat(result.figure()).isEqualTo(CascadeFigure.RATE);
    StageFunnelResult.Point hartlepool = result.points().stream().filter(p -> p.areaName().equals("Hartlepool"))
        .findFirst().orElseThrow();
    assertThat(hartlepool.value()).isCloseTo(2190 / 20417.0 * 10_000, within(1e-9));
  }

  @Test
  void mistakesAreOneLine() {
    assertThatThrownBy(() -> StageFunnelRequest.parse("england", "2024", "everything", null))
        .isInstanceOf(UserError.class).hasMessageContaining("everything");
    assertThatThrownBy(() -> app.stageFunnel().run(StageFunnelRequest.parse("england", "2024", "section47_enquiries", "additive")))
        .isInstanceOf(UserError.class);
  }

  @Test
  void trendRepeatsEachYearsCascade() {
    CascadeTrend.Result trend = app.cascadeTrend().run(new CascadeTrend.Request("Hartlepool"));
    // starts to be looked after go back to 2010, referrals to 2013: the earlier years show referrals as not held
    assertThat(trend.years().get(0).year()).isEqualTo(2010);
    assertThat(trend.years().get(0).figure(Stage.REFERRALS, CascadeFigure.RATE).orElseThrow().status())
        .isEqualTo("not_in_loaded_data");
    CascadeResult year2024 = trend.years().stream().filter(y -> y.year() == 2024).findFirst().orElseThrow();
    assertThat(year2024.figure(Stage.REFERRALS, CascadeFigure.RATE).orElseThrow().value())
        .isCloseTo(2190 / 20417.0 * 10_000, within(1e-9));
    CascadeResult year2025 = trend.years().stream().filter(y -> y.year() == 2025).findFirst().orElseThrow();
    assertThat(year2025.figure(Stage.STARTED, CascadeFigure.RATE).orElseThrow().status()).isEqualTo("not_in_loaded_data");
  }
}
