package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.testing.TestData;

/**
 * Builds the dataset from the raw folder ({@code ../shared/data/raw} beside the clone, or {@code LACX_RAW}) when it
 * is there, and checks it against the committed dataset and the figures checked in SOURCES.md. Skipped without it.
 */
public class DatasetBuildFromRawTest {
  private static Dataset built;

  public static Path rawFolder() {
    String configured = System.getenv("LACX_RAW");
    if (configured != null) return Path.of(configured);
    for (Path candidate : new Path[] {Path.of("../../shared/data/raw"), Path.of("../shared/data/raw"),
        Path.of("/work/shared/data/raw")}) {
      if (Files.isDirectory(candidate)) return candidate;
    }
    return Path.of("../../shared/data/raw");
  }

  @BeforeAll
  static void build() {
    Path raw = rawFolder();
    assumeTrue(Files.isDirectory(raw), "raw data folder not found: " + raw.toAbsolutePath());
    built = new DatasetBuilder().build(raw);
  }

  @Test
  void rebuildingFromRawGivesTheCommittedDataset() {
    Set<Observation> committed = new HashSet<>(TestData.shipped().observations());
    assertThat(new HashSet<>(built.observations())).isEqualTo(committed);
    assertThat(new HashSet<>(built.areas())).isEqualTo(new HashSet<>(TestData.shipped().areas()));
    assertThat(built.aliases()).isEqualTo(TestData.shipped().aliases());
  }

  @Test
  void welshPopulationsEqualTheFiguresCheckedInSources() {
    assertThat(population("W92000004", 2008)).isEqualTo(633_897.0);
    assertThat(population("W92000004", 2011)).isEqualTo(632_433.0);
    assertThat(population("W06000005", 2011)).isEqualTo(32_635.0);
    assertThat(population("W92000004", 2017)).isEqualTo(628_289.0);
    assertThat(population("W06000001", 2017)).isEqualTo(13_429.0);
    assertThat(population("W06000024", 2017)).isEqualTo(12_736.0);
    assertThat(population("W06000015", 2017)).isEqualTo(74_155.0);
    assertThat(population("W92000004", 2018)).isEqualTo(629_785.0);
    assertThat(population("W06000022", 2018)).isEqualTo(34_930.0);
    assertThat(population("W92000004", 2019)).isEqualTo(629_939.0);
    assertThat(population("E92000001", 2019)).isEqualTo(12_023_568.0);
    assertThat(population("E92000001", 2020)).isEqualTo(12_093_288.0);
  }

  @Test
  void rebuildsThePre2019DorsetAuthoritiesFromTheirDistricts() {
    // Bournemouth + Poole + Dorset county (2018) cover the same ground as BCP + Dorset (2019).
    double before = population("E06000028", 2018) + population("E06000029", 2018) + population("E10000009", 2018);
    assertThat(before).isBetween(140_000.0, 160_000.0);
    assertThat(population("E10000021", 2020)).isGreaterThan(170_000.0);
  }

  private static double population(String area, int year) {
    return built.observations().stream().filter(o -> o.measure().equals("population_0_17") && o.period() == year
        && o.area().value().equals(area) && o.breakdown().isEmpty()).findFirst()
        .orElseThrow(() -> new AssertionError("no population for " + area + " " + year)).value();
  }
}
