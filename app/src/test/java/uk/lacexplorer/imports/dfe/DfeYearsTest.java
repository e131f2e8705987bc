package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.imports.Problem;

class DfeYearsTest {
  @Test
  void readsCalendarAndFinancialYearsAsTheYearEndingThirtyFirstMarch() {
    assertThat(DfeYears.yearEnding31March("2023")).hasValue(2023);
    assertThat(DfeYears.yearEnding31March("202223")).hasValue(2023);
    assertThat(DfeYears.yearEnding31March("199900")).hasValue(2000);
  }

  @Test
  void rejectsPeriodsThatAreNotOneYear() {
    assertThat(DfeYears.yearEnding31March("202224")).isEmpty();
    assertThat(DfeYears.yearEnding31March("23")).isEmpty();
    assertThat(DfeYears.yearEnding31March("")).isEmpty();
  }

  @Test
  void sfrYearPrefersTheOptionThenTheFileNameThenTheFolderThenTheColumn() {
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    OptionalInt none = OptionalInt.empty();
    assertThat(SfrYear.of(Path.of("x/SFR20_CLA2012.csv"), TestAreas.context(Map.of("year", "2013")), none, "c", problems, warnings))
        .hasValue(2013);
    assertThat(SfrYear.of(Path.of("2011/SFR20_CLA2012.csv"), TestAreas.context(), none, "c", problems, warnings)).hasValue(2012);
    assertThat(SfrYear.of(Path.of("2011/SFR21_CLA.csv"), TestAreas.context(), OptionalInt.of(2010), "CLA_Mar2010", problems,
        warnings)).hasValue(2011);
    assertThat(SfrYear.of(Path.of("data/SFR21_CLA.csv"), TestAreas.context(), OptionalInt.of(2011), "CLA_Mar2011", problems,
        warnings)).hasValue(2011);
    assertThat(problems).isEmpty();
    assertThat(warnings).hasSize(1);
  }

  @Test
  void sfrYearIsAProblemWhenNothingGivesIt() {
    List<Problem> problems = new ArrayList<>();
    assertThat(SfrYear.of(Path.of("data/SFR21_CEA.csv"), TestAreas.context(), OptionalInt.empty(), "CLA_cease", problems,
        new ArrayList<>())).isEmpty();
    assertThat(problems).singleElement().extracting(Problem::message).asString().contains("--option year=");
  }
}
