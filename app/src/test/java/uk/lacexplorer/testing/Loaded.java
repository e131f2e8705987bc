package uk.lacexplorer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Observation;

/** Runs an importer on a fixture and looks up what it read. */
public record Loaded(List<Observation> observations) {

  public static Loaded read(Importer importer, String fixture, Map<String, String> options) {
    ImportResult result = importer.read(TestData.fixture(fixture), TestData.context(options));
    if (result instanceof ImportResult.Rejected rejected) {
      throw new AssertionError("rejected: " + rejected.problems());
    }
    return new Loaded(((ImportResult.Loaded) result).observations());
  }

  public static List<Problem> rejected(Importer importer, String fixture, Map<String, String> options) {
    ImportResult result = importer.read(TestData.fixture(fixture), TestData.context(options));
    assertThat(result).isInstanceOf(ImportResult.Rejected.class);
    return ((ImportResult.Rejected) result).problems();
  }

  /** Options naming fixture lookups: {@code lookup=lookups/ltla19_utla19.csv} becomes an absolute path. */
  public static Map<String, String> fixtures(String... namesAndFixtures) {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i < namesAndFixtures.length; i += 2) {
      String value = namesAndFixtures[i + 1];
      options.put(namesAndFixtures[i], value.contains("/") ? TestData.fixture(value).toString() : value);
    }
    return options;
  }

  public Observation get(String area, String measure, int period, String breakdown) {
    return observations.stream().filter(o -> o.area().value().equals(area) && o.measure().equals(measure)
            && o.period() == period && o.breakdown().equals(breakdown)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + measure + " for " + area + " " + period + " " + breakdown
            + " in " + observations.size() + " observations"));
  }

  public double value(String area, String measure, int period) {
    return get(area, measure, period, "").value();
  }

  public boolean has(String area) {
    return observations.stream().anyMatch(o -> o.area().value().equals(area));
  }
}
