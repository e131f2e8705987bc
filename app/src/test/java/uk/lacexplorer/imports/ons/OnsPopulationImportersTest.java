package uk.lacexplorer.imports.ons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.testing.Loaded;

class OnsPopulationImportersTest {
  private static final String P = "population_0_17";

  private static Map<String, String> nomisOptions(String year) {
    return Loaded.fixtures("year", year, "lookup", "lookups/ltla19_utla19.csv", "district-changes", "lookups/ltla_ltla.csv",
        "metadata", "ons/nomis_metadata.json");
  }

  @Test
  void nomisSumsAges0To17OfBothSexesAndPlacesDistrictsInTheGeographyOfTheYear() {
    // Flintshire: age + 10 x gender for ages 0..17 and genders 1, 2 = 2 x 153 + 18 x 10 + 18 x 20 = 846.
    // Christchurch: the same plus 100 on each of its 36 rows = 4,446. Age 18 (C_AGE 119) is left out.
    Loaded mid2018 = Loaded.read(new NomisPopulationImporter(), "ons/nomis_small.tsv", nomisOptions("2018"));
    assertThat(mid2018.value("W06000005", P, 2018)).isEqualTo(846.0);
    assertThat(mid2018.value("W92000004", P, 2018)).isEqualTo(846.0);
    // Before April 2019 Christchurch lay in Dorset county; from 2019 in Bournemouth, Christchurch and Poole.
    assertThat(mid2018.value("E10000009", P, 2018)).isEqualTo(4446.0);
    assertThat(mid2018.value("E92000001", P, 2018)).isEqualTo(4446.0);
    Loaded mid2019 = Loaded.read(new NomisPopulationImporter(), "ons/nomis_small.tsv", nomisOptions("2019"));
    assertThat(mid2019.value("E06000058", P, 2019)).isEqualTo(4446.0);
    assertThat(mid2019.has("S12000033")).isFalse();
  }

  @Test
  void nomisWithoutAYearIsRejected() {
    List<Problem> problems = Loaded.rejected(new NomisPopulationImporter(), "ons/nomis_small.tsv",
        Loaded.fixtures("lookup", "lookups/ltla19_utla19.csv"));
    assertThat(problems.get(0).message()).contains("year=");
  }

  @Test
  void nomisFileCutOffMidLineIsRejected() {
    List<Problem> problems = Loaded.rejected(new NomisPopulationImporter(), "ons/nomis_cut.tsv", nomisOptions("2018"));
    assertThat(problems).anySatisfy(problem -> {
      assertThat(problem.line()).isEqualTo(115);
      assertThat(problem.value()).isEqualTo("3");
      assertThat(problem.message()).contains("cut off");
    });
  }

  @Test
  void demographrDistrictsAreSummedToTheAuthorityOfTheLookupVintage() {
    // Mid-2020 in 2021 districts; with the 2020 lookup, North (18 x 100) and West (18 x 200) Northamptonshire make
    // up Northamptonshire county: 5,400.
    Loaded read = Loaded.read(new DemographrPopulationImporter(), "ons/population20_ltla21_small.csv",
        Loaded.fixtures("lookup", "lookups/ltla20_utla20.csv", "district-changes", "lookups/ltla_ltla.csv"));
    assertThat(read.value("E10000021", P, 2020)).isEqualTo(5400.0);
    assertThat(read.value("W06000005", P, 2020)).isEqualTo(900.0);
    assertThat(read.value("E92000001", P, 2020)).isEqualTo(5400.0);
    assertThat(read.value("W92000004", P, 2020)).isEqualTo(900.0);
  }

  @Test
  void demographrDistrictMissingFromTheLookupIsAProblemNamingIt() {
    List<Problem> problems = Loaded.rejected(new DemographrPopulationImporter(), "ons/population20_ltla21_unknown.csv",
        Loaded.fixtures("lookup", "lookups/ltla20_utla20.csv", "district-changes", "lookups/ltla_ltla.csv"));
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.value()).isEqualTo("E06000099");
    });
  }

  @Test
  void lsoaPopulationsAreSummedToAuthoritiesRebuildingPoolAndDorsetCountyBefore2019() {
    Loaded read = Loaded.read(new LsoaPopulationImporter(), "ons/population17_lsoa11_small.csv",
        Loaded.fixtures("lsoa-lookup", "lookups/lsoa11_ltla21.csv", "lookup", "lookups/ltla19_utla19.csv",
            "district-changes", "lookups/ltla_ltla.csv"));
    assertThat(read.value("W06000005", P, 2017)).isEqualTo(18 * 10 + 18 * 20.0);
    assertThat(read.value("E06000029", P, 2017)).isEqualTo(18 * 30.0);
    assertThat(read.value("E10000009", P, 2017)).isEqualTo(18 * 40.0);
    assertThat(read.value("E10000021", P, 2017)).isEqualTo(18 * 50.0);
    assertThat(read.value("E92000001", P, 2017)).isEqualTo(18 * 120.0);
  }
}
