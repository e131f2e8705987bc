package uk.lacexplorer.imports.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.testing.Loaded;

/** The Census 2021 importers on small files, with every expected value worked by hand or by R (sf). */
class CensusImportersTest {
  @Test
  void equalAreaAgreesWithTheEllipsoidalAreaOfR() {
    // R: sf_use_s2(FALSE); st_area(st_polygon(box from 3W 51N to 2W 52N), crs 4326) = 7725.53557582 km2 (geodesic
    // edges on WGS84, lwgeom); with a hole from 2.75W 51.25N to 2.25W 51.75N: 5794.10183164 km2. Our edges follow the
    // parallels, not geodesics, so the 1-degree box differs by a little; the tolerance is 0.05%.
    double[][] box = {{-3, 51}, {-2, 51}, {-2, 52}, {-3, 52}, {-3, 51}};
    double[][] hole = {{-2.75, 51.25}, {-2.75, 51.75}, {-2.25, 51.75}, {-2.25, 51.25}, {-2.75, 51.25}};
    assertThat(EqualArea.ringKm2(box)).isCloseTo(7725.53557582, within(7725.5 * 0.0005));
    assertThat(EqualArea.polygonKm2(new double[][][] {box, hole})).isCloseTo(5794.10183164, within(5794.1 * 0.0005));
    // Direction does not matter; an unclosed ring is closed.
    double[][] clockwise = {{-3, 51}, {-3, 52}, {-2, 52}, {-2, 51}};
    assertThat(EqualArea.ringKm2(clockwise)).isCloseTo(EqualArea.ringKm2(box), within(1e-9));
  }

  @Test
  void densityIsResidentsPerKm2OfTheBoundary() {
    Loaded read = Loaded.read(new PopulationDensityImporter(), "census/box.geojson",
        Loaded.fixtures("population", "census/residents_small.csv"));
    // 772,553.557582 residents on the 7,725.5 km2 box: 100.0 per km2 (within the box's 0.05%).
    assertThat(read.value("W06000015", PopulationDensityImporter.MEASURE, 2021)).isCloseTo(100.0, within(0.1));
    // Wales: (772,553.56 + 100) / (7,725.5 + 5,794.1) km2 = 57.15.
    assertThat(read.value("W92000004", PopulationDensityImporter.MEASURE, 2021)).isCloseTo(57.15, within(0.05));
  }

  @Test
  void aFeatureWithoutACodeIsAProblemNamingIt() {
    List<Problem> problems = Loaded.rejected(new PopulationDensityImporter(), "census/boundary_nocode.geojson",
        Loaded.fixtures("population", "census/residents_small.csv"));
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.message()).contains("no code");
    });
  }

  @Test
  void aHouseholdCountThatIsNotANumberRejectsTheFile() {
    List<Problem> problems = Loaded.rejected(new HouseholdSizeImporter(), "census/households_small.csv",
        Loaded.fixtures("population", "census/residents_small.csv"));
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.value()).isEqualTo("x");
    });
  }

  @Test
  void deprivationSharesAreOfTheSummedHouseholds() {
    Loaded read = Loaded.read(new HouseholdDeprivationImporter(), "census/deprivation_small.csv",
        Loaded.fixtures("lsoa-lookup", "census/lsoa21_ltla22.csv"));
    // Cardiff: 400 + 300 + 200 + 50 + 50 = 1,000 households over two LSOAs: 40%, 30%, 20%, 5%, 5%.
    assertThat(read.value("W06000015", HouseholdDeprivationImporter.measure(0), 2021)).isEqualTo(40.0);
    assertThat(read.value("W06000015", HouseholdDeprivationImporter.measure(1), 2021)).isEqualTo(30.0);
    assertThat(read.value("W06000015", HouseholdDeprivationImporter.measure(2), 2021)).isEqualTo(20.0);
    assertThat(read.value("W06000015", HouseholdDeprivationImporter.measure(4), 2021)).isEqualTo(5.0);
    assertThat(read.value("W92000004", HouseholdDeprivationImporter.measure(3), 2021)).isEqualTo(5.0);
  }

  @Test
  void aDimensionOutsideNoneToFourIsAProblem() {
    List<Problem> problems = Loaded.rejected(new HouseholdDeprivationImporter(), "census/deprivation_bad.csv",
        Loaded.fixtures("lsoa-lookup", "census/lsoa21_ltla22.csv"));
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(4);
      assertThat(problem.value()).isEqualTo("5.0");
    });
  }
}
