package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.imports.ImportService;
import uk.lacexplorer.imports.ImporterCatalogue;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.ImportSummary;
import uk.lacexplorer.store.JdbcObservationStore;

/**
 * {@code ./lacx rates --nation england --year 2023} on imported DfE data: the default population series uses DfE's
 * own denominator for the same year, so the rates round to DfE's published ones.
 */
class DfeRatesThroughRateServiceTest {
  private Database database;
  private JdbcObservationStore store;
  private ImportService imports;

  @BeforeEach
  void importFixture() {
    database = Database.open(Database.inMemoryUrl("dfe-rates-" + System.nanoTime()));
    store = new JdbcObservationStore(database);
    var registry = TestAreas.registry();
    store.saveAreas(registry.all(), Map.of());
    imports = new ImportService(store, uk.lacexplorer.imports.standard.StandardImporters.catalogue(), MeasureCatalogue.standard());
    imports.importFile("dfe-ees-rates", TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"), Map.of());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void englandRatesFor2023UseDfesPopulationAndRoundToDfesPublishedRates() {
    List<RateRow> rows = new RateService(store, MeasureCatalogue.standard()).rates(uk.lacexplorer.rates.RatesRequest.of(Nation.ENGLAND, 2023));
    // Fixture: Camden 321 / 41234 (DfE 78), Gateshead 412 / 40210 (DfE 102), England 83800 / 11900000 (DfE 70).
    assertThat(rows).extracting(row -> row.areaCode().value()).containsExactly("E08000037", "E09000007", "E92000001");
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.denominator().measure()).isEqualTo(RateService.DFE_POPULATION);
      // DfE's denominator for 31 March 2023 is the ONS mid-2022 estimate: population_year is the estimate's mid-year.
      assertThat(row.denominator().populationYear()).isEqualTo(2022);
      assertThat(row.denominatorFlag()).isEmpty();
    });
    assertThat(rows).extracting(row -> BigDecimal.valueOf(row.rate()).setScale(0, RoundingMode.HALF_UP).intValue())
        .containsExactly(102, 78, 70);
    RateRow camden = rows.get(1);
    assertThat(camden.rate()).isCloseTo(321.0 / 41234 * 10000, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(camden.rank()).isEqualTo(2);
    assertThat(rows.get(0).rank()).isEqualTo(1);
  }

  @Test
  void aSuppressedCountGivesASuppressedRateNeverZero() {
    List<RateRow> rows = new RateService(store, MeasureCatalogue.standard()).rates(uk.lacexplorer.rates.RatesRequest.of(Nation.ENGLAND, 2021));
    RateRow scilly = rows.stream().filter(row -> row.areaCode().equals(TestAreas.SCILLY)).findFirst().orElseThrow();
    assertThat(scilly.count()).isNull();
    assertThat(scilly.rate()).isNull();
    assertThat(scilly.countFlag()).isEqualTo("suppressed");
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() {
    ImportSummary again = imports.importFile("dfe-ees-rates", TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"), Map.of());
    assertThat(again.added()).isZero();
    assertThat(again.changed()).isZero();
    assertThat(again.unchanged()).isPositive();
  }
}
