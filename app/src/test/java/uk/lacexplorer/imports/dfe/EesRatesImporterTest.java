package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lacexplorer.imports.dfe.TestAreas.CAMDEN;
import static uk.lacexplorer.imports.dfe.TestAreas.ENGLAND;
import static uk.lacexplorer.imports.dfe.TestAreas.GATESHEAD;
import static uk.lacexplorer.imports.dfe.TestAreas.NORTH_EAST;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;

class EesRatesImporterTest {
  private final EesRatesImporter importer = new EesRatesImporter();

  private List<Observation> read() {
    return TestAreas.loaded(importer.read(TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"),
        TestAreas.context())).observations();
  }

  private static Optional<Observation> find(List<Observation> observations, AreaCode area, String measure, int year) {
    return observations.stream()
        .filter(o -> o.area().equals(area) && o.measure().equals(measure) && o.period() == year && o.breakdown().isEmpty())
        .findFirst();
  }

  @Test
  void readsCountsPopulationAndPublishedRatesForNationRegionAndAuthority() {
    List<Observation> observations = read();
    assertThat(find(observations, CAMDEN, "children_looked_after", 2023)).get().extracting(Observation::value).isEqualTo(321.0);
    assertThat(find(observations, CAMDEN, "children_started_looked_after", 2023)).get().extracting(Observation::value).isEqualTo(150.0);
    assertThat(find(observations, CAMDEN, "children_ceased_looked_after", 2023)).get().extracting(Observation::value).isEqualTo(140.0);
    assertThat(find(observations, CAMDEN, "population_0_17_dfe", 2023)).get().extracting(Observation::value).isEqualTo(41234.0);
    assertThat(find(observations, CAMDEN, "children_looked_after_rate_dfe", 2023)).get().extracting(Observation::value).isEqualTo(78.0);
    assertThat(find(observations, ENGLAND, "children_looked_after", 2023)).get().extracting(Observation::value).isEqualTo(83800.0);
    assertThat(find(observations, NORTH_EAST, "children_started_looked_after_rate_dfe", 2023)).get()
        .extracting(Observation::value).isEqualTo(47.0);
    assertThat(observations).allMatch(o -> o.sourceId().equals("dfe_ees_cla_rates_2019_2023"));
  }

  @Test
  void flagsNationalAndRegionalCountsAsRoundedButNotAuthorityCounts() {
    List<Observation> observations = read();
    assertThat(find(observations, ENGLAND, "children_looked_after", 2023).orElseThrow().flags()).contains(Flag.ROUNDED);
    assertThat(find(observations, NORTH_EAST, "children_ceased_looked_after", 2023).orElseThrow().flags()).contains(Flag.ROUNDED);
    assertThat(find(observations, CAMDEN, "children_looked_after", 2023).orElseThrow().flags()).isEmpty();
  }

  @Test
  void keepsOnePopulationPerAreaAndYear() {
    List<Observation> observations = read();
    assertThat(observations.stream().filter(o -> o.measure().equals("population_0_17_dfe") && o.area().equals(GATESHEAD)))
        .extracting(Observation::period).containsExactlyInAnyOrder(2023, 2022);
  }

  @Test
  void turnsDfeMarkersIntoFlaggedMissingValuesNeverZero() {
    List<Observation> observations = read();
    Observation suppressed = find(observations, CAMDEN, "children_started_looked_after", 2022).orElseThrow();
    Observation low = find(observations, CAMDEN, "children_ceased_looked_after", 2022).orElseThrow();
    Observation notApplicable = find(observations, GATESHEAD, "children_looked_after", 2022).orElseThrow();
    Observation notAvailable = find(observations, GATESHEAD, "children_started_looked_after", 2022).orElseThrow();
    Observation suppressedRate = find(observations, CAMDEN, "children_started_looked_after_rate_dfe", 2022).orElseThrow();
    assertThat(List.of(suppressed, low, notApplicable, notAvailable, suppressedRate)).allMatch(o -> o.value() == null);
    assertThat(suppressed.flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(suppressedRate.flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(low.flags()).containsExactly(Flag.LOW);
    assertThat(notApplicable.flags()).containsExactly(Flag.NOT_APPLICABLE);
    assertThat(notAvailable.flags()).containsExactly(Flag.NOT_AVAILABLE);
  }

  @Test
  void readsOldAuthorityRowsWithDataAndLeavesOutRowsForAuthoritiesNotYetOrNoLongerInExistence() {
    List<Observation> observations = read();
    // Bournemouth existed at 31 March 2019 (BCP from April 2019): its count is kept, its missing population flagged.
    assertThat(find(observations, TestAreas.BOURNEMOUTH, "children_looked_after", 2019)).get()
        .extracting(Observation::value).isEqualTo(248.0);
    assertThat(find(observations, TestAreas.BOURNEMOUTH, "population_0_17_dfe", 2019).orElseThrow().flags())
        .containsExactly(Flag.NOT_AVAILABLE);
    // z rows for BCP in 2019 and Northamptonshire in 2023 say the authority did not exist: nothing stored.
    assertThat(observations).noneMatch(o -> o.area().equals(TestAreas.BCP));
    assertThat(observations).noneMatch(o -> o.area().equals(TestAreas.NORTHAMPTONSHIRE));
    ImportResult.Loaded loaded = TestAreas.loaded(importer.read(TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"),
        TestAreas.context()));
    assertThat(loaded.warnings()).singleElement().extracting(Problem::message).asString().startsWith("6 rows marked z");
  }

  @Test
  void rejectsAFileCutOffMidLineNamingLineColumnAndValue() {
    ImportResult.Rejected rejected = TestAreas.rejected(importer.read(TestAreas.fixture("cla_number_and_rate_truncated.csv"),
        TestAreas.context()));
    assertThat(rejected.problems()).first().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("cla_number_and_rate_truncated.csv");
      assertThat(problem.line()).isEqualTo(12);
      assertThat(problem.column()).isEqualTo("number");
      assertThat(problem.value()).isEqualTo("41");
      assertThat(problem.toString()).contains("cut off");
    });
  }

  @Test
  void rejectsAFileCutOffInsideTheLastFieldBecauseItHasNoLineEnd(@TempDir Path folder) throws IOException {
    String text = Files.readString(TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"));
    Path cut = folder.resolve("cut.csv");
    Files.writeString(cut, text.substring(0, text.length() - 3)); // "...,z,z,z\r\n" loses "z\r\n"
    ImportResult.Rejected rejected = TestAreas.rejected(importer.read(cut, TestAreas.context()));
    assertThat(rejected.problems()).anySatisfy(problem -> {
      assertThat(problem.line()).isEqualTo(27);
      assertThat(problem.message()).contains("cut off");
    });
  }

  @Test
  void rejectsAnUnknownAreaCodeInsteadOfMakingANewArea(@TempDir Path folder) throws IOException {
    String text = Files.readString(TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"));
    Path file = folder.resolve("unknown.csv");
    Files.writeString(file, text.replace("E09000007", "E09000099"));
    ImportResult.Rejected rejected = TestAreas.rejected(importer.read(file, TestAreas.context()));
    assertThat(rejected.problems()).first().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(8);
      assertThat(problem.column()).isEqualTo("new_la_code");
      assertThat(problem.value()).isEqualTo("E09000099");
      assertThat(problem.message()).contains("unknown area code");
    });
  }

  @Test
  void rejectsTextThatIsNeitherANumberNorAMarker(@TempDir Path folder) throws IOException {
    String text = Files.readString(TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"));
    Path file = folder.resolve("bad.csv");
    Files.writeString(file, text.replace(",41234,321,78", ",41234,32l,78"));
    ImportResult.Rejected rejected = TestAreas.rejected(importer.read(file, TestAreas.context()));
    assertThat(rejected.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(9);
      assertThat(problem.column()).isEqualTo("number");
      assertThat(problem.value()).isEqualTo("32l");
    });
  }
}
