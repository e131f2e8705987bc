package uk.lacexplorer.imports.statswales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

class StatsWalesProjectionImporterTest {
  private final StatsWalesProjectionImporter importer = new StatsWalesProjectionImporter();

  private List<Observation> load(String fixture) {
    ImportResult result = importer.read(TestData.fixture("statswales/" + fixture), TestData.context());
    assertThat(result).isInstanceOf(ImportResult.Loaded.class);
    return ((ImportResult.Loaded) result).observations();
  }

  private static double value(List<Observation> observations, String area, String measure, int year) {
    return observations.stream().filter(o -> o.area().value().equals(area) && o.measure().equals(measure)
        && o.period() == year).findFirst().orElseThrow().value();
  }

  @Test
  void storesTheBaseYearAsThePopulationEstimateAndLaterYearsAsProjections() {
    List<Observation> read = load("projection_2011_small.csv");
    // Blaenau Gwent: ages 0..17 hold 100+age in 2011 -> 18*100 + (0+1+...+17) = 1,953; each later year adds 18.
    assertThat(value(read, "W06000019", "population_0_17", 2011)).isEqualTo(1953.0);
    assertThat(value(read, "W06000019", "population_0_17_projected", 2012)).isEqualTo(1971.0);
    assertThat(value(read, "W06000019", "population_0_17_projected", 2013)).isEqualTo(1989.0);
    assertThat(value(read, "W06000005", "population_0_17", 2011)).isEqualTo(3753.0);
    assertThat(read.stream().filter(o -> o.measure().equals("population_0_17"))).allMatch(o -> o.flags().isEmpty()
        && o.breakdown().isEmpty());
    assertThat(read.stream().filter(o -> o.measure().equals("population_0_17_projected")))
        .allMatch(o -> o.flags().contains(Flag.ESTIMATED) && o.breakdown().equals("base=2011"));
    // Only 2 of 22 authorities: no Wales total is made up from them, and the all-ages Wales row is not used.
    assertThat(read).noneMatch(o -> o.area().value().equals("W92000004"));
  }

  @Test
  void readsThe2008LayoutWithLegacyNames() {
    List<Observation> read = load("projection_2008_small.csv");
    assertThat(value(read, "W06000014", "population_0_17", 2008)).isEqualTo(18 * 50.0);
    assertThat(value(read, "W06000016", "population_0_17", 2008)).isEqualTo(18 * 70.0);
    assertThat(value(read, "W06000016", "population_0_17_projected", 2010)).isEqualTo(18 * 72.0);
  }

  @Test
  void rejectsAnAuthorityWithMissingAges() {
    ImportResult result = importer.read(TestData.fixture("statswales/projection_2008_missing_age.csv"), TestData.context());
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    assertThat(((ImportResult.Rejected) result).problems()).singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("Rhondda Cynon Taf").contains("0–17"));
  }
}
