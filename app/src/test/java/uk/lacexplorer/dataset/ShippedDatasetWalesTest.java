package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;
import uk.lacexplorer.testing.TestData;

/**
 * Wales 2012 from the committed dataset (issue 4, "How we will know"): the 22 counts of the StatsWales export
 * {@code CLA_31MAR_2012.csv}, written out here, and rates on the mid-2011 population (COVERAGE.md §2).
 */
class ShippedDatasetWalesTest {
  /** The TOTAL column of the StatsWales export for 31 March 2012, authority by authority. */
  private static final Map<String, Double> COUNTS_2012 = Map.ofEntries(
      Map.entry("Isle of Anglesey", 90.0), Map.entry("Gwynedd", 195.0), Map.entry("Conwy", 180.0),
      Map.entry("Denbighshire", 160.0), Map.entry("Flintshire", 170.0), Map.entry("Wrexham", 175.0),
      Map.entry("Powys", 175.0), Map.entry("Ceredigion", 80.0), Map.entry("Pembrokeshire", 150.0),
      Map.entry("Carmarthenshire", 270.0), Map.entry("Swansea", 555.0), Map.entry("Neath Port Talbot", 470.0),
      Map.entry("Bridgend", 345.0), Map.entry("Vale of Glamorgan", 220.0), Map.entry("Cardiff", 570.0),
      Map.entry("Rhondda Cynon Taf", 595.0), Map.entry("Merthyr Tydfil", 190.0), Map.entry("Caerphilly", 310.0),
      Map.entry("Blaenau Gwent", 135.0), Map.entry("Torfaen", 300.0), Map.entry("Monmouthshire", 105.0),
      Map.entry("Newport", 275.0));

  private static Database database;
  private static List<RateRow> rows;

  @BeforeAll
  static void loadShippedDataset() {
    database = TestData.freshDatabase();
    JdbcObservationStore store = TestData.shippedStore(database);
    rows = new RateService(store, MeasureCatalogue.standard()).rates(uk.lacexplorer.rates.RatesRequest.of(Nation.WALES, 2012));
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void everyWelshCountFor2012EqualsTheStatsWalesExport() {
    Map<String, Double> counts = rows.stream().filter(row -> !row.nation())
        .collect(Collectors.toMap(RateRow::areaName, RateRow::count));
    assertThat(counts).isEqualTo(COUNTS_2012);
    assertThat(counts.values().stream().mapToDouble(Double::doubleValue).min().getAsDouble()).isEqualTo(counts.get("Ceredigion"));
    assertThat(counts.values().stream().mapToDouble(Double::doubleValue).max().getAsDouble()).isEqualTo(counts.get("Rhondda Cynon Taf"));
    assertThat(row("Wales").count()).isEqualTo(5720.0);
  }

  @Test
  void walesRateOnTheMid2011PopulationIs90point4() {
    RateRow wales = row("Wales");
    assertThat(wales.denominator().populationYear()).isEqualTo(2011);
    assertThat(wales.denominator().population()).isEqualTo(632_433.0);
    // 31 March 2012 is divided by the mid-year before it, mid-2011, as the Welsh Government publishes (90).
    assertThat(wales.denominatorFlag()).isEmpty();
    assertThat(wales.denominator().description()).isEqualTo("ONS mid-2011 estimate (Census 2011)");
    // 5,720 / 632,433 x 10,000 = 90.44
    assertThat(wales.rate()).isCloseTo(90.4, within(0.05));
  }

  @Test
  void authorityRatesMatchTheValuesCheckedInCoverage() {
    assertThat(row("Neath Port Talbot").rate()).isCloseTo(166.6, within(0.05));
    assertThat(row("Torfaen").rate()).isCloseTo(151.4, within(0.05));
    assertThat(row("Merthyr Tydfil").rate()).isCloseTo(151.3, within(0.05));
    assertThat(row("Flintshire").rate()).isCloseTo(52.1, within(0.05));
    assertThat(row("Neath Port Talbot").rank()).isEqualTo(1);
  }

  private static RateRow row(String name) {
    return rows.stream().filter(row -> row.areaName().equals(name)).findFirst().orElseThrow();
  }
}
