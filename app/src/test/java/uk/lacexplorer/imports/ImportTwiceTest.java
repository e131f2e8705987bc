package uk.lacexplorer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.ImportSummary;
import uk.lacexplorer.store.JdbcObservationStore;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.testing.TestData;

class ImportTwiceTest {
  private Database database;
  private JdbcObservationStore store;
  private ImportService imports;

  @BeforeEach
  void open() {
    database = TestData.freshDatabase();
    store = TestData.shippedStore(database);
    imports = new ImportService(store, uk.lacexplorer.imports.standard.StandardImporters.catalogue(), MeasureCatalogue.standard());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void importingTheSameFileTwiceChangesNothingTheSecondTime() {
    var fixture = TestData.fixture("statswales/CLA_31MAR_2012.csv");
    ImportSummary first = imports.importFile("statswales-cla", fixture, Map.of());
    assertThat(first.changed()).isPositive();
    List<Observation> afterFirst = store.find(new ObservationQuery("children_looked_after", List.of(), null, null, null));
    ImportSummary second = imports.importFile("statswales-cla", fixture, Map.of());
    assertThat(second.added()).isZero();
    assertThat(second.changed()).isZero();
    assertThat(second.unchanged()).isEqualTo(first.total());
    assertThat(store.find(new ObservationQuery("children_looked_after", List.of(), null, null, null))).isEqualTo(afterFirst);
  }

  @Test
  void aRevisedValueIsFlaggedRevised() {
    imports.importFile("statswales-cla", TestData.fixture("statswales/CLA_31MAR_2012.csv"), Map.of());
    Observation wales = store.find(ObservationQuery.totals("children_looked_after").inPeriod(2012)
        .forAreas(List.of(new AreaCode("W92000004")))).get(0);
    assertThat(wales.value()).isEqualTo(350.0);
    assertThat(wales.flags()).contains(Flag.REVISED, Flag.ROUNDED);
  }

  @Test
  void aFileCutOffMidLineIsRejectedWholeAndNothingIsSaved() {
    List<Observation> before = store.find(new ObservationQuery("children_looked_after", List.of(), null, null, null));
    assertThatThrownBy(() -> imports.importFile("statswales-cla", TestData.fixture("statswales/CLA_31MAR_2013_cut.csv"), Map.of()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("CLA_31MAR_2013_cut.csv:8")
        .hasMessageContaining("nothing was imported");
    assertThat(store.find(new ObservationQuery("children_looked_after", List.of(), null, null, null))).isEqualTo(before);
  }
}
