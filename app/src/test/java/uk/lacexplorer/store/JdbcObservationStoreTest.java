package uk.lacexplorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.dataset.Dataset;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.dataset.DatasetLoader;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.testing.TestData;
import uk.lacexplorer.testing.TestDatabases;

/** The store on both databases it supports: H2 in memory and a real PostgreSQL server (embedded, started by the test). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"h2", "postgres"})
class JdbcObservationStoreTest {
  private static final AreaCode WALES = new AreaCode("W92000004");
  private static final AreaCode FLINTSHIRE = new AreaCode("W06000005");
  private static final AreaCode TORFAEN = new AreaCode("W06000020");
  private static final String CLA = "children_looked_after";

  @Parameter
  String kind;

  private Database database;
  private JdbcObservationStore store;

  @BeforeEach
  void open() {
    database = TestDatabases.open(kind);
    store = new JdbcObservationStore(database);
    store.saveAreas(List.of(
        new Area(WALES, "Wales", "Cymru", Nation.WALES, AreaType.NATION, null, null, List.of(), null),
        new Area(FLINTSHIRE, "Flintshire", "Sir y Fflint", Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), WALES),
        new Area(TORFAEN, "Torfaen", "Tor-faen", Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), WALES)),
        Map.of("Sir Fflint", FLINTSHIRE));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static Source source(String id) {
    return new Source(id, "Test source " + id, "Test", Source.OGL, "", id + ".csv", "");
  }

  private static Observation count(AreaCode area, int year, Double value, String sourceId, Flag... flags) {
    return new Observation(area, CLA, year, "", value, flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags), sourceId);
  }

  private List<Observation> all() {
    return store.find(new ObservationQuery(CLA, List.of(), null, null, null));
  }

  @Test
  void migrationsRunAndAreasAndAliasesAreKept() {
    int applied = database.jdbi().withHandle(handle -> handle.createQuery(
        "SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE").mapTo(Integer.class).one());
    assertThat(applied).isPositive();
    assertThat(store.areas().resolve("Sir Fflint", null).code()).isEqualTo(FLINTSHIRE);
    assertThat(store.areas().get(TORFAEN).nameCy()).isEqualTo("Tor-faen");
  }

  @Test
  void savesAndFindsObservationsWithFlagsAndMissingValues() {
    List<Observation> saved = List.of(count(FLINTSHIRE, 2012, 170.0, "s1", Flag.ROUNDED),
        count(TORFAEN, 2012, null, "s1", Flag.SUPPRESSED), count(WALES, 2012, 5720.0, "s1", Flag.ROUNDED));
    ImportSummary summary = store.save(source("s1"), saved);
    assertThat(summary.added()).isEqualTo(3);
    assertThat(all()).containsExactlyInAnyOrderElementsOf(saved);
    assertThat(store.find(ObservationQuery.totals(CLA).forAreas(List.of(TORFAEN))).get(0).value()).isNull();
    assertThat(store.periods(CLA, List.of(FLINTSHIRE))).containsExactly(2012);
    assertThat(store.source("s1")).contains(source("s1"));
  }

  @Test
  void aYearWithOnlyBreakdownsIsNotAYearWithData() {
    store.save(source("s1"), List.of(count(FLINTSHIRE, 2012, 170.0, "s1"),
        new Observation(FLINTSHIRE, CLA, 2013, "placement=foster", 120.0, Set.of(), "s1")));
    assertThat(store.periods(CLA, List.of(FLINTSHIRE))).containsExactly(2012);
    // a measure held only by breakdowns (a projection by its base year) has every year
    store.save(source("s2"), List.of(new Observation(FLINTSHIRE, "population_0_17_projected", 2030, "base=2018", 30_000.0,
        Set.of(), "s2")));
    assertThat(store.periods("population_0_17_projected", List.of(FLINTSHIRE))).containsExactly(2030);
  }

  @Test
  void savingTheSameObservationsAgainChangesNothing() {
    List<Observation> saved = List.of(count(FLINTSHIRE, 2012, 170.0, "s1"), count(TORFAEN, 2012, 300.0, "s1"));
    store.save(source("s1"), saved);
    ImportSummary again = store.save(source("s1"), saved);
    assertThat(again.added()).isZero();
    assertThat(again.changed()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(all()).containsExactlyInAnyOrderElementsOf(saved);
  }

  @Test
  void aChangedValueReplacesTheOldOneFlaggedRevised() {
    store.save(source("s1"), List.of(count(FLINTSHIRE, 2012, 170.0, "s1", Flag.ROUNDED)));
    ImportSummary summary = store.save(source("s2"), List.of(count(FLINTSHIRE, 2012, 175.0, "s2", Flag.ROUNDED)));
    assertThat(summary.changed()).isEqualTo(1);
    assertThat(all()).containsExactly(count(FLINTSHIRE, 2012, 175.0, "s2", Flag.ROUNDED, Flag.REVISED));
  }

  @Test
  void aFailingBatchSavesNothing() {
    store.save(source("s1"), List.of(count(FLINTSHIRE, 2011, 160.0, "s1")));
    List<Observation> before = all();
    // The same key twice: rejected before anything is written.
    assertThatThrownBy(() -> store.save(source("s2"), List.of(count(TORFAEN, 2012, 300.0, "s2"),
        count(TORFAEN, 2012, 305.0, "s2")))).isInstanceOf(UserError.class);
    // An area the store does not know fails inside the database: the whole transaction is rolled back.
    assertThatThrownBy(() -> store.save(source("s3"), List.of(count(TORFAEN, 2013, 310.0, "s3"),
        count(new AreaCode("W06000099"), 2013, 1.0, "s3")))).isInstanceOf(RuntimeException.class);
    assertThat(all()).isEqualTo(before);
    assertThat(store.source("s3")).isEmpty();
  }

  @Test
  void loadingADatasetKeepsLaterUserImports() {
    store.save(source("user"), List.of(count(FLINTSHIRE, 2019, 200.0, "user"), count(TORFAEN, 2019, 400.0, "user")));
    List<Observation> shipped = List.of(count(FLINTSHIRE, 2019, 190.0, "shipped"), count(FLINTSHIRE, 2018, 180.0, "shipped"));
    store.loadDataset("shipped", "v1", store.areas().all(), Map.of(), List.of(source("shipped")), shipped);
    store.loadDataset("shipped", "v2", store.areas().all(), Map.of(), List.of(source("shipped")),
        List.of(count(FLINTSHIRE, 2018, 181.0, "shipped")));
    assertThat(store.datasetFingerprint("shipped")).contains("v2");
    assertThat(all()).containsExactlyInAnyOrder(count(FLINTSHIRE, 2019, 200.0, "user"),
        count(TORFAEN, 2019, 400.0, "user"), count(FLINTSHIRE, 2018, 181.0, "shipped"));
  }

  @Test
  void loadsTheWholeShippedDataset() {
    Dataset dataset = TestData.shipped();
    assertThat(DatasetLoader.ensureLoaded(store, DatasetFiles.Location.classpath())).isTrue();
    assertThat(DatasetLoader.ensureLoaded(store, DatasetFiles.Location.classpath())).isFalse();
    int stored = database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM observation")
        .mapTo(Integer.class).one());
    assertThat(stored).isEqualTo(dataset.observations().size());
    assertThat(store.areas().all()).hasSize(dataset.areas().size());
  }
}
