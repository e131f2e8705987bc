package uk.lacexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.Main;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.dataset.Dataset;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.store.Database;

/** Runs commands as a user would, against a tiny dataset in an in-memory database. */
class CommandLineTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  @TempDir
  Path folder;
  Application services;

  record Run(int exitCode, String out, String err) {
  }

  @BeforeEach
  void tinyWales() {
    List<Area> areas = List.of(
        new Area(new AreaCode("W92000004"), "Wales", "Cymru", Nation.WALES, AreaType.NATION, null, null, List.of(), null),
        new Area(new AreaCode("W06000008"), "Ceredigion", "Ceredigion", Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), new AreaCode("W92000004")),
        new Area(new AreaCode("W06000020"), "Torfaen", "Tor-faen", Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), new AreaCode("W92000004")),
        new Area(new AreaCode("W06000024"), "Merthyr Tydfil", "Merthyr Tudful", Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), new AreaCode("W92000004")));
    Source counts = new Source("test_counts", "Test counts", "Test", null, null, "counts.csv", null);
    Source populations = new Source("test_population", "Test population", "Test", null, null, "pop.csv", null);
    List<Observation> observations = new ArrayList<>();
    observations.add(count("W06000008", 80.0));
    observations.add(count("W06000020", 300.0));
    observations.add(new Observation(new AreaCode("W06000024"), "children_looked_after", 2012, "", null, Set.of(Flag.SUPPRESSED), "test_counts"));
    observations.add(count("W92000004", 380.0));
    observations.add(population("W06000008", 14_000.0));
    observations.add(population("W06000020", 20_000.0));
    observations.add(population("W06000024", 12_000.0));
    observations.add(population("W92000004", 46_000.0));
    Path dataset = folder.resolve("dataset");
    DatasetFiles.write(new Dataset(areas, Map.of("Torfaen County Borough", new AreaCode("W06000020")),
        List.of(counts, populations), observations), dataset);
    services = new Application(new Config(folder, Database.inMemoryUrl("cli" + DATABASES.incrementAndGet()), null, null,
        DatasetFiles.Location.folder(dataset)));
  }

  @AfterEach
  void close() {
    services.close();
  }

  static Observation count(String code, Double value) {
    return new Observation(new AreaCode(code), "children_looked_after", 2012, "", value, Set.of(Flag.ROUNDED), "test_counts");
  }

  static Observation population(String code, double value) {
    return new Observation(new AreaCode(code), "population_0_17", 2011, "", value, Set.of(), "test_population");
  }

  Run run(String... args) {
    LacxCommand root = Wiring.root(services);
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(root));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void ratesCsvHasTheDocumentedColumnsAndANationRow() {
    Run run = run("rates", "--nation", "wales", "--year", "2012", "--format", "csv");
    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().split("\r\n");
    assertThat(lines[0]).isEqualTo("area_code,area_name,year,count,count_flag,population_0_17,population_year,"
        + "denominator_flag,rate_per_10000,ci95_lower,ci95_upper,rank,denominator_note");
    // Torfaen: 300 / 20000 * 10000 = 150 per 10,000, on the mid-2011 population (the mid-year before 31 March 2012),
    // rank 1 of 2 rates.
    String mid2011 = "ONS mid-2011 estimate (Census 2011)";
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("W06000020,Torfaen,2012,300,rounded,20000,2011,,150,"));
    assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(",1," + mid2011).contains("Torfaen"));
    // Suppressed counts give a suppressed rate, never a zero.
    assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo(
        "W06000024,Merthyr Tydfil,2012,,suppressed,12000,2011,,,,,," + mid2011));
    // The nation row comes last, without a rank: 380 / 46000 * 10000 = 82.6087.
    assertThat(lines[lines.length - 1]).startsWith("W92000004,Wales,2012,380,rounded,46000,2011,,82.6087,").endsWith(",," + mid2011);
  }

  @Test
  void exactDenominatorPolicyUsesTheMidYearBeforeTheCount() {
    // 31 March 2012 has its own estimate (mid-2011), so exact gives the standard's rate; DenominatorsTest has a year without.
    Run run = run("rates", "--nation", "wales", "--year", "2012", "--denominator", "exact", "--format", "csv");
    assertThat(run.out()).contains("W06000020,Torfaen,2012,300,rounded,20000,2011,,150,");
  }

  @Test
  void jsonIsOneObjectPerRow() {
    Run run = run("rates", "--nation", "wales", "--year", "2012", "--format", "json");
    assertThat(run.out()).contains("\"area_code\" : \"W06000020\"").contains("\"rank\" : 1");
  }

  @Test
  void dataShowsValuesWithProvenanceAndResolvesAliases() {
    Run run = run("data", "--measure", "children_looked_after", "--area", "Torfaen County Borough", "--format", "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("W06000020,Torfaen,children_looked_after,2012,,300,rounded,test_counts,Test counts");
  }

  @Test
  void badRequestsEndWithExitCodeTwoAndOneLine() {
    assertOneLineError(run("rates", "--nation", "wales", "--year", "2019"), "no children_looked_after for Wales in 2019: years with data are 2012");
    assertOneLineError(run("rates", "--nation", "scotland", "--year", "2012"), "unknown --nation 'scotland': use wales, england or both");
    assertOneLineError(run("rates", "--nation", "wales"), "Missing required option");
    assertOneLineError(run("rates", "--nation", "wales", "--year", "2012", "--measure", "population_0_17"), "has no population to divide by");
    assertOneLineError(run("data", "--measure", "children_looked_after", "--area", "Atlantis"), "unknown area 'Atlantis'");
    assertOneLineError(run("data", "--measure", "nonsense"), "unknown measure 'nonsense'");
    assertOneLineError(run("rates", "--nation", "wales", "--year", "2012", "--format", "xml"), "unknown --format 'xml': use table, csv or json");
  }

  private static void assertOneLineError(Run run, String expected) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(expected);
    assertThat(run.err().strip().lines().count()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void areasListsCodesAndWelshNames() {
    Run run = run("areas", "--nation", "wales", "--format", "csv");
    assertThat(run.out()).contains("W06000020,Torfaen,Tor-faen,wales,local_authority,,,");
  }
}
