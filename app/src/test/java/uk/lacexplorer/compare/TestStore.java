package uk.lacexplorer.compare;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.Main;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.dataset.Dataset;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.store.Database;

/**
 * A small invented dataset (not official figures) in an in-memory H2 store, for testing the comparison commands:
 * eight Welsh authorities 2003–2018 (counts rounded to 5, populations for 2008, 2011, 2017, 2018) and five English
 * ones 2010–2018 (populations 2011, 2017, 2018), each nation with its own total row. Torfaen's rate rises faster from
 * 2011. Special cases: children_started_looked_after has one authority (Cardiff, 2015); children_ceased_looked_after is
 * zero for every Welsh authority in 2016.
 */
public final class TestStore {
  public record Authority(String code, String name, double baseRate, double population) {
  }

  public static final List<Authority> WALES = List.of(
      new Authority("W06000001", "Isle of Anglesey", 80, 13_800),
      new Authority("W06000002", "Gwynedd", 70, 24_000),
      new Authority("W06000005", "Flintshire", 45, 33_000),
      new Authority("W06000012", "Neath Port Talbot", 150, 28_000),
      new Authority("W06000015", "Cardiff", 90, 70_000),
      new Authority("W06000019", "Blaenau Gwent", 120, 14_500),
      new Authority("W06000020", "Torfaen", 110, 19_700),
      new Authority("W06000024", "Merthyr Tydfil", 140, 12_500));
  public static final List<Authority> ENGLAND = List.of(
      new Authority("E06000001", "Hartlepool", 110, 20_000),
      new Authority("E06000053", "Isles of Scilly", 20, 400),
      new Authority("E08000025", "Birmingham", 75, 280_000),
      new Authority("E09000001", "City of London", 40, 1_100),
      new Authority("E10000016", "Kent", 50, 330_000));

  private TestStore() {
  }

  /** Application on a new in-memory database loaded with the dataset, written to {@code folder}. */
  public static Application open(Path folder) {
    DatasetFiles.write(dataset(), folder);
    Config config = new Config(folder, Database.inMemoryUrl("compare-" + UUID.randomUUID()), null, null,
        DatasetFiles.Location.folder(folder));
    return new Application(config);
  }

  public static double count(Authority authority, int year) {
    double rate = authority.baseRate() * (1 + 0.03 * (year - 2003));
    if (authority.name().equals("Torfaen") && year > 2010) rate *= Math.pow(1.08, year - 2010);
    double count = rate * population(authority, year) / 10_000;
    return authority.code().startsWith("W") ? Math.round(count / 5) * 5.0 : Math.round(count);
  }

  public static double population(Authority authority, int year) {
    return Math.round(authority.population() * (1 + 0.002 * (year - 2011)));
  }

  static Dataset dataset() {
    List<Area> areas = new ArrayList<>();
    areas.add(new Area(Nation.WALES.countryCode(), "Wales", "Cymru", Nation.WALES, AreaType.NATION, null, null, null, null));
    areas.add(new Area(Nation.ENGLAND.countryCode(), "England", "Lloegr", Nation.ENGLAND, AreaType.NATION, null, null,
        null, null));
    for (Authority authority : WALES) areas.add(authority(authority, Nation.WALES));
    for (Authority authority : ENGLAND) areas.add(authority(authority, Nation.ENGLAND));
    List<Observation> observations = new ArrayList<>();
    nation(observations, Nation.WALES, WALES, 2003, List.of(2008, 2011, 2017, 2018));
    nation(observations, Nation.ENGLAND, ENGLAND, 2010, List.of(2011, 2017, 2018));
    observations.add(observation(new AreaCode("W06000015"), "children_started_looked_after", 2015, 300, Set.of()));
    for (Authority authority : WALES) {
      observations.add(observation(new AreaCode(authority.code()), "children_ceased_looked_after", 2016, 0, Set.of()));
    }
    Source source = new Source("test", "Invented test data", "LAC Explorer tests", null, null, null, null);
    return new Dataset(areas, Map.of(), List.of(source), observations);
  }

  private static void nation(List<Observation> observations, Nation nation, List<Authority> authorities, int firstYear,
                             List<Integer> populationYears) {
    Set<Flag> flags = nation == Nation.WALES ? EnumSet.of(Flag.ROUNDED) : Set.of();
    Map<Integer, Double> totals = new LinkedHashMap<>();
    Map<Integer, Double> populations = new LinkedHashMap<>();
    for (Authority authority : authorities) {
      AreaCode code = new AreaCode(authority.code());
      for (int year = firstYear; year <= 2018; year++) {
        double count = count(authority, year);
        observations.add(observation(code, "children_looked_after", year, count, flags));
        totals.merge(year, count, Double::sum);
      }
      for (int year : populationYears) {
        observations.add(observation(code, "population_0_17", year, population(authority, year), Set.of()));
        populations.merge(year, population(authority, year), Double::sum);
      }
    }
    totals.forEach((year, total) -> observations.add(observation(nation.countryCode(), "children_looked_after", year,
        total, Set.of())));
    populations.forEach((year, total) -> observations.add(observation(nation.countryCode(), "population_0_17", year,
        total, Set.of())));
  }

  private static Area authority(Authority authority, Nation nation) {
    return new Area(new AreaCode(authority.code()), authority.name(), authority.name(), nation, AreaType.LOCAL_AUTHORITY,
        null, null, null, nation.countryCode());
  }

  private static Observation observation(AreaCode code, String measure, int year, double value, Set<Flag> flags) {
    return new Observation(code, measure, year, "", value, flags, "test");
  }

  /** What a command printed and returned. */
  public record Run(int exitCode, String out, String err) {
  }

  public static Run run(Application services, String... args) {
    LacxCommand root = Wiring.root(services);
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(root));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
