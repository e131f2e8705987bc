package uk.lacexplorer.imports.statswales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

class StatsWalesClaImporterTest {
  private final StatsWalesClaImporter importer = new StatsWalesClaImporter();

  private List<Observation> load(String fixture, Map<String, String> options) {
    ImportResult result = importer.read(TestData.fixture("statswales/" + fixture), TestData.context(options));
    assertThat(result).isInstanceOf(ImportResult.Loaded.class);
    return ((ImportResult.Loaded) result).observations();
  }

  private List<Problem> problems(String fixture) {
    ImportResult result = importer.read(TestData.fixture("statswales/" + fixture), TestData.context());
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    return ((ImportResult.Rejected) result).problems();
  }

  private static Observation find(List<Observation> observations, String area, String breakdown) {
    return observations.stream().filter(o -> o.area().value().equals(area) && o.breakdown().equals(breakdown))
        .findFirst().orElseThrow(() -> new AssertionError("no " + area + " " + breakdown));
  }

  @Test
  void readsTotalsSexAndAgeForEachAuthorityAndWalesFlaggedRounded() {
    List<Observation> read = load("CLA_31MAR_2012.csv", Map.of());
    // 4 areas x (total + 2 sex totals + 12 sex-age cells)
    assertThat(read).hasSize(4 * 15);
    Observation wales = find(read, "W92000004", "");
    assertThat(wales.value()).isEqualTo(350.0);
    assertThat(wales.period()).isEqualTo(2012);
    assertThat(wales.flags()).containsExactly(Flag.ROUNDED);
    assertThat(find(read, "W06000016", "").value()).isEqualTo(150.0);
    assertThat(find(read, "W06000001", "sex=female").value()).isEqualTo(30.0);
    assertThat(find(read, "W06000015", "age=1-4;sex=male").value()).isEqualTo(15.0);
    assertThat(find(read, "W06000015", "age=18+;sex=female").flags()).containsExactly(Flag.NOT_APPLICABLE);
    Observation suppressed = find(read, "W06000001", "age=0;sex=male");
    assertThat(suppressed.value()).isNull();
    assertThat(suppressed.flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(read).allMatch(o -> o.measure().equals("children_looked_after") && o.sourceId().equals("statswales_cla_2012"));
  }

  @Test
  void takesTheYearFromTheTitleLinesBeforeTheFileName() {
    assertThat(load("cla_export_titled.csv", Map.of())).allMatch(o -> o.period() == 2014);
  }

  @Test
  void takesTheYearFromTheOptionWhenTheFileHasNoTitle() {
    assertThat(load("CLA_31MAR_2012.csv", Map.of("year", "2011"))).allMatch(o -> o.period() == 2011);
  }

  @Test
  void rejectsAnOptionYearThatContradictsTheTitle() {
    ImportResult result = importer.read(TestData.fixture("statswales/cla_export_titled.csv"),
        TestData.context(Map.of("year", "2013")));
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    assertThat(((ImportResult.Rejected) result).problems().get(0).message()).contains("2014").contains("year=2013");
  }

  @Test
  void rejectsAFileCutOffMidLineWholeNamingLineColumnAndValue() {
    List<Problem> problems = problems("CLA_31MAR_2013_cut.csv");
    assertThat(problems).anySatisfy(problem -> {
      assertThat(problem.file()).endsWith("CLA_31MAR_2013_cut.csv");
      assertThat(problem.line()).isEqualTo(8);
      assertThat(problem.column()).isEqualTo("6");
      assertThat(problem.message()).contains("cut off");
    });
    assertThat(problems).anySatisfy(problem -> assertThat(problem.message()).contains("expected 17 fields"));
  }

  @Test
  void rejectsAnUnknownAreaNamingIt() {
    List<Problem> problems = problems("CLA_31MAR_2015_unknown.csv");
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(7);
      assertThat(problem.value()).isEqualTo("Atlantis");
      assertThat(problem.toString()).contains("unknown area 'Atlantis'");
    });
  }

  @Test
  void rejectsACellThatIsNeitherNumberNorMarker() {
    List<Problem> problems = problems("CLA_31MAR_2016_badcell.csv");
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(7);
      assertThat(problem.column()).isEqualTo("male 5-9");
      assertThat(problem.value()).isEqualTo("lots");
    });
  }

  @Test
  void rejectsATableWithAnotherLayout() {
    ImportResult result = importer.read(TestData.fixture("statswales/projection_2011_small.csv"), TestData.context());
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
  }
}
