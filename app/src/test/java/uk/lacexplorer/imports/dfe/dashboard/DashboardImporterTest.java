package uk.lacexplorer.imports.dfe.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

/** The dashboard importers' contract: strict values, known areas, years in range, markers never numbers, all or nothing. */
class DashboardImporterTest {
  private static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
      + "region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_count,rereferral_percent,"
      + "no_further_action_count\n";

  @TempDir
  Path dir;

  private ImportResult read(String rows) throws IOException {
    Path file = dir.resolve("c1.csv");
    Files.writeString(file, HEADER + rows);
    DashboardImporter importer = (DashboardImporter) DashboardImporters.all().stream()
        .filter(i -> i.kind().equals("dfe-cin-referrals")).findFirst().orElseThrow();
    return importer.read(file, TestData.context());
  }

  private static String row(String year, String code, String referrals, String rereferrals, String nfa) {
    return year + ",Reporting year,Local authority,E92000001,England,E12000001,North East,805," + code
        + ",\"Hartlepool, test\",Referrals," + referrals + "," + rereferrals + ",20.0," + nfa + "\n";
  }

  @Test
  void numbersAndMarkersAreRead() throws IOException {
    ImportResult result = read(row("2024", "E06000001", "1278", "c", "x")
        + "2024,Reporting year,National,E92000001,England,,,,,,Referrals,632830,142900,22.6,-100\n"
        + "2024,Reporting year,Regional,E92000001,England,E13000001,Inner London,,,,Referrals,1,1,1,1\n");
    assertThat(result).isInstanceOf(ImportResult.Loaded.class);
    List<Observation> observations = ((ImportResult.Loaded) result).observations();
    assertThat(observations).hasSize(6);
    Observation referrals = find(observations, "referrals", "E06000001");
    assertThat(referrals.value()).isEqualTo(1278.0);
    assertThat(referrals.period()).isEqualTo(2024);
    assertThat(find(observations, "rereferrals", "E06000001").value()).isNull();
    assertThat(find(observations, "rereferrals", "E06000001").flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(find(observations, "referrals_no_further_action", "E06000001").flags()).containsExactly(Flag.NOT_AVAILABLE);
    // The dashboard's negative code is a marker, never the number -100.
    assertThat(find(observations, "referrals_no_further_action", "E92000001").value()).isNull();
    assertThat(find(observations, "referrals_no_further_action", "E92000001").flags()).containsExactly(Flag.SUPPRESSED);
    assertThat(find(observations, "referrals", "E92000001").flags()).contains(Flag.ROUNDED);
    assertThat(((ImportResult.Loaded) result).source().id()).isEqualTo("dfe_cin_c1_2024");
  }

  @Test
  void badCellsRejectTheWholeFileNamingLineColumnAndValue() throws IOException {
    ImportResult result = read(row("2024", "E06000001", "12.5", "-3", "7")
        + row("2023", "E06000001", "1200", "abc", "7")
        + row("1999", "E06000001", "1", "1", "1")
        + row("2024", "E06009999", "1", "1", "1")
        + row("2022", "E06000001", "1", "1", "1")
        + row("2022", "E06000001", "2", "2", "2"));
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    List<String> problems = ((ImportResult.Rejected) result).problems().stream().map(Object::toString).toList();
    assertThat(problems).anyMatch(p -> p.contains(":2: column 'referral_count', value '12.5': not a count"));
    assertThat(problems).anyMatch(p -> p.contains(":2: column 'rereferral_count', value '-3': not a count"));
    assertThat(problems).anyMatch(p -> p.contains(":3: column 'rereferral_count', value 'abc'"));
    assertThat(problems).anyMatch(p -> p.contains(":4: column 'time_period', value '1999'"));
    assertThat(problems).anyMatch(p -> p.contains(":5: column 'new_la_code', value 'E06009999': unknown area code"));
    assertThat(problems).anyMatch(p -> p.contains(":7: column 'new_la_code', value 'E06000001': second row"));
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    Path file = dir.resolve("short.csv");
    Files.writeString(file, "time_period,geographic_level,country_code,region_code,new_la_code,referral_count\n"
        + "2024,National,E92000001,,,5\n");
    ImportResult result = DashboardImporters.all().get(1).read(file, TestData.context());
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    assertThat(((ImportResult.Rejected) result).problems().get(0).column()).isEqualTo("rereferral_count");
  }

  @Test
  void percentagesAbove100AreRejected() {
    assertThat(DashboardCell.parse("100.0", DashboardColumn.Kind.PERCENT)).isPresent();
    assertThat(DashboardCell.parse("100.1", DashboardColumn.Kind.PERCENT)).isEmpty();
    assertThat(DashboardCell.parse("15.2", DashboardColumn.Kind.AMOUNT).orElseThrow().value()).isEqualTo(15.2);
    assertThat(DashboardCell.parse("-300", DashboardColumn.Kind.AMOUNT).orElseThrow().flags()).containsExactly(Flag.NOT_AVAILABLE);
    assertThat(DashboardCell.parse("-5", DashboardColumn.Kind.AMOUNT)).isEmpty();
  }

  private static Observation find(List<Observation> observations, String measure, String area) {
    return observations.stream().filter(o -> o.measure().equals(measure) && o.area().value().equals(area)).findFirst().orElseThrow();
  }
}
