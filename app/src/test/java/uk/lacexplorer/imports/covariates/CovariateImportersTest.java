package uk.lacexplorer.imports.covariates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.testing.Loaded;

class CovariateImportersTest {
  private static final Map<String, String> LOOKUP_2020 = Loaded.fixtures("lookup", "lookups/ltla20_utla20.csv",
      "district-changes", "lookups/ltla_ltla.csv");

  @Test
  void loneParentSharesComeFromTheAuthoritysOwnRowsIncludingCounties() {
    Loaded read = Loaded.read(new LoneParentImporter(), "covariates/households_small.xlsx", Map.of());
    String measure = "lone_parent_households_pct";
    assertThat(read.value("W06000016", measure, 2011)).isEqualTo(12.5);          // 12,500 / 100,000
    assertThat(read.value("W06000016", measure, 2012)).isEqualTo(11.94);         // 12,000 / 100,500
    assertThat(read.get("W06000016", measure, 2013, "").flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(read.value("E10000021", measure, 2011)).isEqualTo(11.0);          // 33,000 / 300,000
    assertThat(read.value("W92000004", measure, 2011)).isEqualTo(11.0);          // 143,000 / 1,300,000
    assertThat(read.get("E09000001", measure, 2011, "").flags()).containsExactly(Flag.NOT_AVAILABLE);
    assertThat(read.has("E07000150")).isFalse();
    assertThat(read.has("S12000033")).isFalse();
  }

  @Test
  void lowIncomeCountsAndPopulationsAreSummedBeforeDividing() {
    Loaded read = Loaded.read(new ChildrenLowIncomeImporter(), "covariates/children_low_income_small.csv", LOOKUP_2020);
    assertThat(read.value("W06000005", "children_low_income_pct", 2019)).isEqualTo(20.0);
    // (3,000 + 1,000) / (20,000 + 20,000), not the mean of 15% and 5% weighted otherwise.
    assertThat(read.value("E10000021", "children_low_income_pct", 2019)).isEqualTo(10.0);
    assertThat(read.value("E92000001", "children_low_income_pct", 2019)).isEqualTo(10.0);
  }

  @Test
  void lowIncomeFileCutOffMidLineIsRejected() {
    List<Problem> problems = Loaded.rejected(new ChildrenLowIncomeImporter(), "covariates/children_low_income_cut.csv", LOOKUP_2020);
    assertThat(problems).anySatisfy(problem -> {
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.message()).contains("cut off");
    });
  }

  @Test
  void unemploymentUsesAnAuthoritysOwnRowElsePopulationWeightedDistricts() {
    Map<String, String> options = new java.util.HashMap<>(LOOKUP_2020);
    options.putAll(Loaded.fixtures("weights", "covariates/population19_weights.csv"));
    Loaded read = Loaded.read(new UnemploymentImporter(), "covariates/unemployment_small.csv", options);
    String measure = "unemployment_pct";
    assertThat(read.value("W06000005", measure, 2019)).isEqualTo(4.0);
    // Corby 5.0 (70,000 people) and Northampton 3.0 (210,000): (350,000 + 630,000) / 280,000 = 3.5
    assertThat(read.value("E10000021", measure, 2019)).isEqualTo(3.5);
    // Buckinghamshire's own row wins over its old district; in 2018 its own value is empty, so the district's is used.
    assertThat(read.value("E06000060", measure, 2019)).isEqualTo(2.5);
    assertThat(read.value("E06000060", measure, 2018)).isEqualTo(3.5);
    // England 2019: (90,000 x 6.0 + 280,000 x 3.5 + 200,000 x 2.5) / 570,000 = 3.5439
    assertThat(read.value("E92000001", measure, 2019)).isEqualTo(3.54);
    assertThat(read.value("W92000004", measure, 2019)).isEqualTo(4.0);
  }
}
