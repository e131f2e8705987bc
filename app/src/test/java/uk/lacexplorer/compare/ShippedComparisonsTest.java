package uk.lacexplorer.compare;

import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.compare.ChangeRequest;
import uk.lacexplorer.compare.FunnelRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.LimitMethod;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.testing.TestData;

/** The comparisons on the shipped dataset: the research's Wales 2012 funnel and the 2005–2011 change. */
class ShippedComparisonsTest {
  private static Database database;
  private static CountTables counts;

  @BeforeAll
  static void load() {
    database = TestData.freshDatabase();
    counts = new CountTables(TestData.shippedStore(database), MeasureCatalogue.standard());
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static FunnelResult wales2012(LimitMethod method) {
    return new FunnelService(counts).run(new FunnelRequest(new CountRequest(List.of(Nation.WALES), 2012,
        MeasureId.LOOKED_AFTER, DenominatorPolicy.NEAREST, PopulationSeries.AUTO), FunnelOptions.defaults().with(method),
        false));
  }

  private static String position(FunnelResult report, String name) {
    return report.points().stream().filter(p -> p.areaName().equals(name)).findFirst().orElseThrow().position();
  }

  @Test
  void wales2012OnTheMid2011PopulationPlacesTheResearchsOutliers() {
    FunnelResult report = wales2012(LimitMethod.EXACT);
    assertThat(report.points()).hasSize(22);
    assertThat(report.denominators()).containsExactly("wales: population_0_17 ONS mid-2011 estimate (Census 2011)");
    assertThat(report.pooledRatePer10k()).isCloseTo(90.4, within(0.05));
    for (String above : List.of("Neath Port Talbot", "Torfaen", "Merthyr Tydfil")) {
      assertThat(position(report, above)).as(above).isEqualTo("above_998");
    }
    assertThat(position(report, "Flintshire")).isEqualTo("below_998");
  }

  @Test
  void thePheFunnelAgreesOnTheOutliers() {
    FunnelResult report = wales2012(LimitMethod.PHE);
    for (String above : List.of("Neath Port Talbot", "Torfaen", "Merthyr Tydfil")) {
      assertThat(position(report, above)).as(above).isEqualTo("above_998");
    }
    assertThat(position(report, "Flintshire")).isEqualTo("below_998");
  }

  @Test
  void bothNationsIn2018UseEachNationsStandardDenominatorAndSayWhich() {
    FunnelResult report = new FunnelService(counts).run(new FunnelRequest(
        CountRequest.of(List.of(Nation.WALES, Nation.ENGLAND), 2018), FunnelOptions.defaults(), false));
    assertThat(report.points().size()).isGreaterThan(170);
    assertThat(report.denominators()).contains("wales: population_0_17 ONS mid-2017 estimate (before the Census 2021 rebasing)",
        "england: population_0_17_dfe DfE's denominator for 2018 (ONS mid-2017) (Census 2021-based)");
  }

  @Test
  void walesRoseBetween2005And2011() {
    ChangeResult report = new ChangeService(counts).run(new ChangeRequest(new CountRequest(List.of(Nation.WALES), 2005,
        MeasureId.LOOKED_AFTER, DenominatorPolicy.NEAREST, PopulationSeries.AUTO), 2011));
    ChangeResult.Row wales = report.nationRows().get(0);
    // The research quotes +17.3 per 10,000; here 2005 is divided by the mid-2008 population (the earliest held) and
    // 2011 by the Census-based mid-2011 one, which gives +16.3 (see the report).
    assertThat(wales.change()).isCloseTo(16.3, within(0.05));
    assertThat(wales.significant()).isTrue();
    assertThat(report.rows()).hasSize(22);
  }
}
