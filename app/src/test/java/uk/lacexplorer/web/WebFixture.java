package uk.lacexplorer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import uk.lacexplorer.application.Config;
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

/**
 * A small made-up dataset for web tests: the 22 Welsh authorities (real codes and names, invented counts), five
 * English ones including Buckinghamshire's 2021 change of code, both nations, counts 2019–2023 and populations
 * 2018–2022 (so 2023 uses the nearest estimate), a WIMD share (2019, Wales) and lone-parent households (2022).
 * Ceredigion's 2021 count is suppressed. Hartlepool has a placement mix (2022) and spend on fostering and residential
 * care, for the commissioning page. Numbers are invented.
 */
public final class WebFixture {
  static final String[][] WALES = {
      {"W06000001", "Isle of Anglesey", "Ynys Môn"}, {"W06000002", "Gwynedd", "Gwynedd"}, {"W06000003", "Conwy", "Conwy"},
      {"W06000004", "Denbighshire", "Sir Ddinbych"}, {"W06000005", "Flintshire", "Sir y Fflint"},
      {"W06000006", "Wrexham", "Wrecsam"}, {"W06000008", "Ceredigion", "Ceredigion"},
      {"W06000009", "Pembrokeshire", "Sir Benfro"}, {"W06000010", "Carmarthenshire", "Sir Gaerfyrddin"},
      {"W06000011", "Swansea", "Abertawe"}, {"W06000012", "Neath Port Talbot", "Castell-nedd Port Talbot"},
      {"W06000013", "Bridgend", "Pen-y-bont ar Ogwr"}, {"W06000014", "Vale of Glamorgan", "Bro Morgannwg"},
      {"W06000015", "Cardiff", "Caerdydd"}, {"W06000016", "Rhondda Cynon Taf", "Rhondda Cynon Taf"},
      {"W06000018", "Caerphilly", "Caerffili"}, {"W06000019", "Blaenau Gwent", "Blaenau Gwent"},
      {"W06000020", "Torfaen", "Tor-faen"}, {"W06000021", "Monmouthshire", "Sir Fynwy"},
      {"W06000022", "Newport", "Casnewydd"}, {"W06000023", "Powys", "Powys"}, {"W06000024", "Merthyr Tydfil", "Merthyr Tudful"}};
  static final String[][] ENGLAND = {
      {"E06000001", "Hartlepool"}, {"E08000025", "Birmingham"}, {"E09000033", "Westminster"},
      {"E10000002", "Buckinghamshire"}, {"E06000060", "Buckinghamshire"}};
  public static final int FIRST_YEAR = 2019;
  public static final int LAST_YEAR = 2023;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private WebFixture() {
  }

  /** Application on a fresh in-memory H2 database loaded with the fixture dataset. */
  public static Application services() {
    Path folder = write();
    Config config = new Config(folder, Database.inMemoryUrl("web" + DATABASES.incrementAndGet()), null, null,
        DatasetFiles.Location.folder(folder));
    return new Application(config);
  }

  static Path write() {
    try {
      Path folder = Files.createTempDirectory("lacx-web-fixture");
      folder.toFile().deleteOnExit();
      DatasetFiles.write(dataset(), folder);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Dataset dataset() {
    List<Area> areas = new ArrayList<>();
    AreaCode wales = Nation.WALES.countryCode();
    AreaCode england = Nation.ENGLAND.countryCode();
    areas.add(new Area(wales, "Wales", "Cymru", Nation.WALES, AreaType.NATION, null, null, List.of(), null));
    areas.add(new Area(england, "England", "Lloegr", Nation.ENGLAND, AreaType.NATION, null, null, List.of(), null));
    for (String[] la : WALES) {
      areas.add(new Area(new AreaCode(la[0]), la[1], la[2], Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), wales));
    }
    for (String[] la : ENGLAND) {
      boolean old = la[0].equals("E10000002");
      boolean successor = la[0].equals("E06000060");
      areas.add(new Area(new AreaCode(la[0]), la[1], null, Nation.ENGLAND, AreaType.LOCAL_AUTHORITY,
          successor ? 2021 : null, old ? 2020 : null, old ? List.of(new AreaCode("E06000060")) : List.of(), england));
    }
    List<Source> sources = List.of(
        new Source("fixture_counts", "Invented counts for tests", "LAC Explorer tests", Source.OGL, "", "counts.csv", ""),
        new Source("fixture_population", "Invented populations for tests", "LAC Explorer tests", Source.OGL, "", "", ""),
        new Source("fixture_need", "Invented need factors for tests", "LAC Explorer tests", Source.OGL, "", "", ""));
    List<Observation> observations = new ArrayList<>();
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      String[][] las = nation == Nation.WALES ? WALES : ENGLAND;
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        double total = 0;
        double population = 0;
        for (int i = 0; i < las.length; i++) {
          AreaCode code = new AreaCode(las[i][0]);
          if (code.value().equals("E10000002") && year > 2020 || code.value().equals("E06000060") && year < 2021) continue;
          double count = 5 * Math.round((40 + (i * 37 + year * 11) % 230) / 5.0);
          double people = 12_000 + 1_500 * i + 100 * (year - FIRST_YEAR);
          boolean suppressed = code.value().equals("W06000008") && year == 2021;
          Set<Flag> flags = nation == Nation.WALES ? EnumSet.of(Flag.ROUNDED) : EnumSet.noneOf(Flag.class);
          if (nation == Nation.ENGLAND && year > FIRST_YEAR) {
            observations.add(new Observation(code, "children_started_looked_after", year, "", 5.0 * Math.round(count * 0.08),
                Set.of(), "fixture_counts"));
          }
          observations.add(suppressed
              ? new Observation(code, "children_looked_after", year, "", null, EnumSet.of(Flag.SUPPRESSED), "fixture_counts")
              : new Observation(code, "children_looked_after", year, "", count, flags, "fixture_counts"));
          if (year < LAST_YEAR) {
            observations.add(new Observation(code, "population_0_17", year, "", people, Set.of(), "fixture_population"));
          }
          total += count;
          population += people;
        }
        for (int i = 0; i < las.length && year == LAST_YEAR - 1; i++) {
          AreaCode code = new AreaCode(las[i][0]);
          double share = 5 + (i * 13 + 7) % 40;
          if (nation == Nation.WALES) {
            observations.add(new Observation(code, "wimd_share_lsoas_30pct_most_deprived", 2019, "", share, Set.of(),
                "fixture_need"));
          }
          observations.add(new Observation(code, "lone_parent_households_pct", year, "", 8 + (i * 7 % 9) + share / 10,
              Set.of(), "fixture_need"));
        }
        AreaCode country = nation.countryCode();
        observations.add(new Observation(country, "children_looked_after", year, "", total, Set.of(), "fixture_counts"));
        if (nation == Nation.ENGLAND && year > FIRST_YEAR) {
          // England's starts, so that a projection can borrow England's exit probability (as Wales does)
          observations.add(new Observation(country, "children_started_looked_after", year, "", 10.0 * Math.round(total * 0.04),
              Set.of(), "fixture_counts"));
        }
        if (year < LAST_YEAR) {
          observations.add(new Observation(country, "population_0_17", year, "", population, Set.of(), "fixture_population"));
        }
      }
    }
    // Hartlepool's placements at 31 March 2022 and its spend on fostering and residential care in 2021-22, so that the
    // commissioning page has a mix to divide and costs to estimate (invented, like everything here).
    AreaCode hartlepool = new AreaCode("E06000001");
    for (String[] placement : new String[][] {{"total", "100"}, {"foster", "70"}, {"secure_and_childrens_homes", "15"},
        {"placed_with_parents", "8"}, {"other_placements", "7"}}) {
      observations.add(new Observation(hartlepool, "children_looked_after", LAST_YEAR - 1, "placement=" + placement[0],
          Double.valueOf(placement[1]), Set.of(), "fixture_counts"));
    }
    observations.add(new Observation(hartlepool, "spend_cla_fostering_gross", LAST_YEAR - 1, "", 2_000_000.0, Set.of(),
        "fixture_counts"));
    observations.add(new Observation(hartlepool, "spend_cla_residential_gross", LAST_YEAR - 1, "", 3_000_000.0, Set.of(),
        "fixture_counts"));
    return new Dataset(areas, Map.of("Anglesey", new AreaCode("W06000001"), "All Welsh local authorities", wales,
        "Rhondda Cynon Taff", new AreaCode("W06000016")),
        sources, observations);
  }
}
