package uk.lacexplorer.account;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.dataset.Dataset;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * A tiny made-up dataset (Wales, Torfaen, Cardiff; looked-after counts 2011–2013 and populations) and services on it,
 * for tests that need authorities and rates without loading the shipped dataset.
 */
public final class TinyWales {
  public static final String TORFAEN = "W06000020";
  public static final String CARDIFF = "W06000015";

  private TinyWales() {
  }

  public static Application services(Path folder, String databaseUrl) {
    Path dataset = folder.resolve("dataset");
    DatasetFiles.write(dataset(), dataset);
    return new Application(new Config(folder, databaseUrl, databaseUrl.startsWith("jdbc:postgresql:") ? "postgres" : null,
        null, DatasetFiles.Location.folder(dataset)));
  }

  static Dataset dataset() {
    AreaCode wales = new AreaCode("W92000004");
    List<Area> areas = List.of(
        new Area(wales, "Wales", "Cymru", Nation.WALES, AreaType.NATION, null, null, List.of(), null),
        new Area(new AreaCode(TORFAEN), "Torfaen", "Tor-faen", Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), wales),
        new Area(new AreaCode(CARDIFF), "Cardiff", "Caerdydd", Nation.WALES, AreaType.LOCAL_AUTHORITY, null, null, List.of(), wales));
    Source counts = new Source("tiny_counts", "Made-up counts", "Test", null, null, "counts.csv", null);
    Source populations = new Source("tiny_population", "Made-up population", "Test", null, null, "pop.csv", null);
    List<Observation> observations = new ArrayList<>();
    int[][] lookedAfter = {{2011, 260, 600, 860}, {2012, 280, 620, 900}, {2013, 300, 610, 910}};
    for (int[] row : lookedAfter) {
      observations.add(observation(TORFAEN, "children_looked_after", row[0], row[1], "tiny_counts"));
      observations.add(observation(CARDIFF, "children_looked_after", row[0], row[2], "tiny_counts"));
      observations.add(observation("W92000004", "children_looked_after", row[0], row[3], "tiny_counts"));
      observations.add(observation(TORFAEN, "population_0_17", row[0], 20_000, "tiny_population"));
      observations.add(observation(CARDIFF, "population_0_17", row[0], 70_000, "tiny_population"));
      observations.add(observation("W92000004", "population_0_17", row[0], 90_000, "tiny_population"));
    }
    return new Dataset(areas, Map.of(), List.of(counts, populations), observations);
  }

  private static Observation observation(String code, String measure, int year, double value, String source) {
    return new Observation(new AreaCode(code), measure, year, "", value, Set.of(), source);
  }
}
