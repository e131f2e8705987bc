package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lacexplorer.imports.dfe.TestAreas.CAMDEN;
import static uk.lacexplorer.imports.dfe.TestAreas.CITY_OF_LONDON;
import static uk.lacexplorer.imports.dfe.TestAreas.ENGLAND;
import static uk.lacexplorer.imports.dfe.TestAreas.GATESHEAD;
import static uk.lacexplorer.imports.dfe.TestAreas.LONDON;
import static uk.lacexplorer.imports.dfe.TestAreas.NORTH_EAST;
import static uk.lacexplorer.imports.dfe.TestAreas.NORTHUMBERLAND;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;

class SfrClaImporterTest {
  private final Importer importer = SfrKinds.lookedAfter();

  private static List<Observation> read(Importer importer, String fixture, Map<String, String> options) {
    return TestAreas.loaded(importer.read(TestAreas.fixture(fixture), TestAreas.context(options))).observations();
  }

  static Observation find(List<Observation> observations, AreaCode area, String measure, int year, String breakdown) {
    return observations.stream().filter(o -> o.area().equals(area) && o.measure().equals(measure) && o.period() == year
        && o.breakdown().equals(breakdown)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + area + " " + measure + " " + year + " " + breakdown));
  }

  @Test
  void readsCountsAtThirtyFirstMarchWithSexAgeAndPlacementBreakdowns() {
    List<Observation> observations = read(importer, "sfr/2012/SFR20_CLA2012.csv", Map.of());
    assertThat(find(observations, CAMDEN, "children_looked_after", 2012, "").value()).isEqualTo(261.0);
    assertThat(find(observations, CAMDEN, "children_looked_after", 2012, "sex=female").value()).isEqualTo(111.0);
    assertThat(find(observations, CAMDEN, "children_looked_after", 2012, "age=16+").value()).isEqualTo(60.0);
    assertThat(find(observations, CAMDEN, "children_looked_after_3plus_placements", 2012, "").value()).isEqualTo(30.0);
    assertThat(find(observations, ENGLAND, "children_looked_after", 2012, "").flags()).containsExactly(Flag.ROUNDED);
    assertThat(find(observations, CAMDEN, "children_looked_after", 2012, "").flags()).isEmpty();
    assertThat(observations).allMatch(o -> o.sourceId().equals("dfe_sfr_cla_2012"));
  }

  @Test
  void readsThePre2014CodesOfGatesheadAndNorthumberlandAsTheirCurrentCodes() {
    List<Observation> observations = read(importer, "sfr/2012/SFR20_CLA2012.csv", Map.of());
    assertThat(find(observations, GATESHEAD, "children_looked_after", 2012, "").value()).isEqualTo(384.0);
    assertThat(find(observations, NORTHUMBERLAND, "children_looked_after", 2012, "").value()).isEqualTo(279.0);
  }

  @Test
  void leavesOutInnerAndOuterLondonWhichRepeatLondonsCode() {
    List<Observation> observations = read(importer, "sfr/2012/SFR20_CLA2012.csv", Map.of());
    assertThat(find(observations, LONDON, "children_looked_after", 2012, "").value()).isEqualTo(9800.0);
    assertThat(find(observations, NORTH_EAST, "children_looked_after", 2012, "").value()).isEqualTo(4100.0);
  }

  @Test
  void turnsMarkersIntoFlaggedMissingValuesNeverZero() {
    List<Observation> observations = read(importer, "sfr/2012/SFR20_CLA2012.csv", Map.of());
    assertThat(find(observations, CITY_OF_LONDON, "children_looked_after", 2012, "sex=male").flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(find(observations, CITY_OF_LONDON, "children_looked_after", 2012, "sex=female").flags())
        .containsExactly(Flag.NOT_APPLICABLE);
    // In the SFR files x marks a suppressed figure (1 to 5, or one that would reveal it).
    assertThat(find(observations, CITY_OF_LONDON, "children_looked_after", 2012, "age=5-9").flags())
        .containsExactly(Flag.SUPPRESSED);
    assertThat(find(observations, CITY_OF_LONDON, "children_looked_after", 2012, "age=10-15").flags()).containsExactly(Flag.LOW);
    assertThat(observations.stream().filter(o -> o.area().equals(CITY_OF_LONDON) && o.flags().contains(Flag.SUPPRESSED)))
        .allMatch(o -> o.value() == null);
    // A real zero stays a zero.
    assertThat(find(observations, CITY_OF_LONDON, "children_looked_after", 2012, "age=under1").value()).isEqualTo(0.0);
  }

  @Test
  void readsThe2010FileByLaNumberAndRegionNameWithTheMid2009Population() {
    List<Observation> observations = read(importer, "sfr/2010/SFR27_2010_March.csv", Map.of());
    assertThat(find(observations, CAMDEN, "children_looked_after", 2010, "").value()).isEqualTo(266.0);
    assertThat(find(observations, GATESHEAD, "children_looked_after", 2010, "").value()).isEqualTo(302.0);
    assertThat(find(observations, TestAreas.SCILLY, "children_looked_after", 2010, "").value()).isEqualTo(0.0);
    assertThat(find(observations, NORTH_EAST, "children_looked_after", 2010, "").value()).isEqualTo(3640.0);
    assertThat(find(observations, ENGLAND, "children_looked_after", 2010, "").value()).isEqualTo(64300.0);
    Observation population = find(observations, CAMDEN, "population_0_17", 2009, "");
    assertThat(population.value()).isEqualTo(39200.0);
    assertThat(population.flags()).containsExactly(Flag.ROUNDED);
    assertThat(observations).noneMatch(o -> o.measure().equals("population_0_17") && o.period() == 2010);
    ImportResult.Loaded loaded = TestAreas.loaded(importer.read(TestAreas.fixture("sfr/2010/SFR27_2010_March.csv"),
        TestAreas.context()));
    assertThat(loaded.source().id()).isEqualTo("dfe_sfr_cla_2010");
    assertThat(loaded.source().title()).contains("mid-year population");
  }

  @Test
  void takesTheYearFromTheOptionWhenGiven() {
    List<Observation> observations = read(importer, "sfr/2012/SFR20_CLA2012.csv", Map.of("year", "2013"));
    assertThat(observations).allMatch(o -> o.period() == 2013);
  }

  @Test
  void takesTheYearFromTheColumnNameWhenTheFileNameHasNone() {
    List<Observation> observations = read(importer, "sfr_cla_no_year.csv", Map.of());
    assertThat(observations).isNotEmpty().allMatch(o -> o.period() == 2012);
  }

  @Test
  void rejectsAFileCutOffMidLineNamingLineColumnAndValue() {
    ImportResult.Rejected rejected = TestAreas.rejected(importer.read(TestAreas.fixture("sfr_cla_truncated.csv"),
        TestAreas.context()));
    assertThat(rejected.problems()).first().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(10);
      assertThat(problem.column()).isEqualTo("CLA_female");
      assertThat(problem.value()).isEqualTo("1");
      assertThat(problem.message()).contains("cut off");
    });
  }

  @Test
  void rejectsAnUnknownLaNumber(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("SFR27_2010_March.csv");
    Files.writeString(file, Files.readString(TestAreas.fixture("sfr/2010/SFR27_2010_March.csv")).replace("LA,202,", "LA,299,"));
    ImportResult.Rejected rejected = TestAreas.rejected(importer.read(file, TestAreas.context()));
    assertThat(rejected.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(6);
      assertThat(problem.column()).isEqualTo("geog_c");
      assertThat(problem.value()).isEqualTo("299");
    });
  }

  @Test
  void rejectsACodeThatContradictsTheLaNumber(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("SFR20_CLA2012.csv");
    Files.writeString(file, Files.readString(TestAreas.fixture("sfr/2012/SFR20_CLA2012.csv"))
        .replace("E09000007,LA,202", "E09000001,LA,202"));
    ImportResult.Rejected rejected = TestAreas.rejected(importer.read(file, TestAreas.context()));
    assertThat(rejected.problems()).first().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(8);
      assertThat(problem.column()).isEqualTo("New_geog_code");
    });
  }

  @Test
  void rejectsAFileOfAnotherKind() {
    ImportResult.Rejected rejected = TestAreas.rejected(importer.read(
        TestAreas.fixture("cla_number_and_rate_per_10k_children.csv"), TestAreas.context()));
    assertThat(rejected.problems()).first().extracting(problem -> problem.message()).asString().contains("geog_l");
  }
}
