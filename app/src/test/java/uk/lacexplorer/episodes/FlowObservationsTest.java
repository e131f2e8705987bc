package uk.lacexplorer.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.episodes.derive.Flow;
import uk.lacexplorer.episodes.derive.YearlyFlows;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;
import uk.lacexplorer.store.ObservationQuery;

/** Derived flows saved as observations in an embedded H2 store, then read back as any other measure. */
class FlowObservationsTest {
  private static final AreaCode HARTLEPOOL = AreaCode.parse("E06000001");

  @TempDir
  Path temp;

  private Database database;
  private JdbcObservationStore store;

  @BeforeEach
  void openStore() {
    database = Database.open(Database.inMemoryUrl("episodes_" + System.nanoTime()));
    store = new JdbcObservationStore(database);
    store.saveAreas(List.of(new Area(HARTLEPOOL, "Hartlepool", "Hartlepool", Nation.ENGLAND, AreaType.LOCAL_AUTHORITY,
        null, null, List.of(), null)), Map.of());
  }

  @AfterEach
  void closeStore() {
    database.close();
  }

  private List<AuthorityResult> results(Path folder) {
    return new EpisodeService().process(new EpisodeService.Request(folder, null, null, null,
        EnumSet.of(EpisodeService.Work.FLOWS), 1, new Dates(2030)));
  }

  @Test
  void savesTheSixStoredFlowsOfEachYearUnderOneSource() {
    Path folder = Ssda903Fixture.clean().writeTo(temp.resolve("E06000001"));
    List<AuthorityResult> results = results(folder);
    Source source = FlowObservations.source(folder, null);
    assertThat(source.id()).isEqualTo("ssda903_e06000001");
    List<Observation> observations = FlowObservations.observations(results, store.areas(), source,
        MeasureCatalogue.standard());
    assertThat(observations).hasSize(6);
    var summary = FlowObservations.save(store, source, observations, false);
    assertThat(summary.added()).isEqualTo(6);

    YearlyFlows year = results.get(0).flows().years().get(0);
    for (Flow flow : List.of(Flow.LOOKED_AFTER_31_MARCH, Flow.STARTED, Flow.CEASED, Flow.CEASED_RETURNED_HOME,
        Flow.CEASED_ADOPTED, Flow.CEASED_SPECIAL_GUARDIANSHIP)) {
      List<Observation> stored = store.find(ObservationQuery.totals(flow.measure()).forAreas(List.of(HARTLEPOOL)));
      assertThat(stored).singleElement().satisfies(o -> {
        assertThat(o.period()).isEqualTo(2021);
        assertThat(o.value()).isEqualTo((double) year.get(flow));
        assertThat(o.sourceId()).isEqualTo("ssda903_e06000001");
      });
    }
    // Clean fixture, 2020-21: child 1 returned home, child 2 adopted; both started in the year.
    assertThat(year.get(Flow.CEASED_RETURNED_HOME)).isEqualTo(1);
    assertThat(year.get(Flow.CEASED_ADOPTED)).isEqualTo(1);
    assertThat(year.get(Flow.STARTED)).isEqualTo(2);
    assertThat(FlowObservations.save(store, source, observations, false).unchanged()).isEqualTo(6);
  }

  @Test
  void refusesToReplaceValuesFromAnotherSourceUnlessAsked() {
    store.save(new Source("dfe_cla_2021", "DfE", null, null, null, null, null), List.of(new Observation(HARTLEPOOL,
        "children_looked_after", 2021, "", 100.0, null, "dfe_cla_2021")));
    Path folder = Ssda903Fixture.clean().writeTo(temp.resolve("E06000001"));
    Source source = FlowObservations.source(folder, "ssda903_test");
    List<Observation> observations = FlowObservations.observations(results(folder), store.areas(), source,
        MeasureCatalogue.standard());
    assertThatThrownBy(() -> FlowObservations.save(store, source, observations, false)).isInstanceOf(UserError.class)
        .hasMessageContaining("E06000001 children_looked_after 2021 is already stored from source dfe_cla_2021");
    assertThat(FlowObservations.save(store, source, observations, true).changed()).isEqualTo(1);
  }

  @Test
  void anUnknownAuthorityFolderIsAnErrorNamingIt() {
    Path folder = Ssda903Fixture.clean().writeTo(temp.resolve("my-extract"));
    assertThatThrownBy(() -> FlowObservations.observations(results(folder), store.areas(),
        FlowObservations.source(folder, null), MeasureCatalogue.standard()))
        .isInstanceOf(UserError.class).hasMessageContaining("unknown authority 'my-extract'");
  }
}
