package uk.lacexplorer.need;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
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
 * The Wales 2012-like table of the stats reference script (need/wales2012.csv: 22 authorities, counts, mid-2011
 * populations, WIMD 2011 share in the 30% most deprived and lone-parent households %) in an in-memory store.
 */
final class NeedFixture {
  static final String WIMD = "wimd_share_lsoas_30pct_most_deprived";
  static final String LONE_PARENT = "lone_parent_households_pct";
  private static final AtomicInteger DATABASES = new AtomicInteger();

  record Row(String code, String name, double count, double population, double wimd, double loneParent) {
  }

  record Run(int exitCode, String out, String err) {
  }

  static List<Row> rows() {
    try (InputStream in = NeedFixture.class.getResourceAsStream("/need/wales2012.csv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      List<Row> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        rows.add(new Row(cells[0], cells[1], Double.parseDouble(cells[2]), Double.parseDouble(cells[3]),
            Double.parseDouble(cells[4]), Double.parseDouble(cells[5])));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Application over the authorities kept by {@code keep}; {@code extra} observations are added (e.g. starts). */
  static Application services(Path folder, Predicate<Row> keep, boolean loneParentForAll, List<Observation> extra) {
    AreaCode wales = new AreaCode("W92000004");
    List<Area> areas = new ArrayList<>();
    areas.add(new Area(wales, "Wales", "Cymru", Nation.WALES, AreaType.NATION, null, null, List.of(), null));
    List<Observation> observations = new ArrayList<>(extra);
    double total = 0;
    double population = 0;
    for (Row row : rows()) {
      if (!keep.test(row)) continue;
      AreaCode code = new AreaCode(row.code());
      areas.add(new Area(code, row.name(), row.name(), Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), wales));
      observations.add(new Observation(code, "children_looked_after", 2012, "", row.count(), Set.of(Flag.ROUNDED), "test"));
      observations.add(new Observation(code, "population_0_17", 2011, "", row.population(), Set.of(), "test"));
      observations.add(new Observation(code, WIMD, 2011, "", row.wimd(), Set.of(), "test"));
      if (loneParentForAll || !row.name().equals("Powys")) {
        observations.add(new Observation(code, LONE_PARENT, 2015, "", row.loneParent(), Set.of(), "test"));
      }
      total += row.count();
      population += row.population();
    }
    observations.add(new Observation(wales, "children_looked_after", 2012, "", total, Set.of(Flag.ROUNDED), "test"));
    observations.add(new Observation(wales, "population_0_17", 2011, "", population, Set.of(), "test"));
    Path dataset = folder.resolve("dataset");
    Source source = new Source("test", "Test values", "Test", null, null, "test.csv", null);
    DatasetFiles.write(new Dataset(areas, Map.of(), List.of(source), observations), dataset);
    return new Application(new Config(folder, Database.inMemoryUrl("need" + DATABASES.incrementAndGet()), null, null,
        DatasetFiles.Location.folder(dataset)));
  }

  static Application services(Path folder) {
    return services(folder, row -> true, true, List.of());
  }

  static Run run(Application services, String... args) {
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
