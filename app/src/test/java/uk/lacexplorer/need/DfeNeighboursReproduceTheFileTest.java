package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.dataset.DatasetBuildFromRawTest;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.dataset.ShippedDatasetDashboardTest;
import uk.lacexplorer.store.Database;

/**
 * Issue 16, "Done when": {@code ./lacx neighbours --method dfe-2021|dfe-2025} reproduces DfE's files. Each file is read
 * here with the test's own parser (numbers to codes by DfE's published list, the bands by their words), and for every
 * authority of the file the service's ten neighbours must be the file's, in its order, with its closeness bands.
 */
class DfeNeighboursReproduceTheFileTest {
  private static final List<String> BANDS = List.of("extremely close", "very close", "close", "somewhat close", "not close");
  @TempDir
  static Path folder;
  static Application app;

  @BeforeAll
  static void open() {
    app = new Application(new Config(folder, Database.inMemoryUrl("dfe-peers-" + UUID.randomUUID()), null, null,
        DatasetFiles.Location.classpath()));
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @ParameterizedTest
  @CsvSource({"New_Statistical_Neighbour_Groupings_April_2021.csv, DFE_2021, 0, SN, 152",
      "sn_model_2025_wide.csv, DFE_2025, 0, SN_, 153"})
  void everyAuthorityHasTheFilesTenInOrderWithTheirBands(String name, PeerMethod method, int numberColumn,
                                                         String prefix, int authorities) throws IOException {
    Path file = DatasetBuildFromRawTest.rawFolder().resolve("england_csc_dfe_dashboard/" + name);
    assumeTrue(Files.isRegularFile(file), "raw file not found: " + file.toAbsolutePath());
    Map<String, String> codes = laNumbers();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = ShippedDatasetDashboardTest.split(lines.get(0).replace("\uFEFF", ""));
    int checked = 0;
    List<String> differences = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = ShippedDatasetDashboardTest.split(line);
      if (fields.get(1).startsWith("Old SNs")) break; // authorities that no longer exist follow
      if (fields.get(numberColumn).isEmpty()) continue;
      String code = codes.get(fields.get(numberColumn));
      List<String> expected = new ArrayList<>();
      for (int k = 1; k <= 10; k++) {
        int at = header.indexOf(prefix + k);
        int band = BANDS.indexOf(fields.get(at + 1).toLowerCase(Locale.ROOT).strip()) + 1;
        expected.add(k + " " + codes.get(fields.get(at)) + " " + band);
      }
      DfeNeighbours result = app.dfeNeighbours().run(new NeighboursRequest(code,
          NeedRequest.of(NationScope.ENGLAND, 2024, List.of()), 5, MetricChoice.euclidean(), false), method, false);
      List<String> actual = result.peers().stream().map(p -> p.rank() + " " + p.areaCode() + " " + p.band()).toList();
      if (!actual.equals(expected)) differences.add(fields.get(1) + ": file " + expected + ", service " + actual);
      checked++;
    }
    assertThat(differences).isEmpty();
    assertThat(checked).isEqualTo(authorities);
  }

  /**
   * DfE's three-digit numbers and the GSS codes they stand for (areas/dfe_la_numbers.csv, DfE's own list of 2011),
   * an authority's old code as its current one (Buckinghamshire's E10000002 became E06000060 in 2020).
   */
  private static Map<String, String> laNumbers() throws IOException {
    Map<String, String> codes = new HashMap<>();
    Map<String, String> recoded = new HashMap<>();
    uk.lacexplorer.testing.TestData.shipped().aliases().forEach((alias, code) -> recoded.put(alias, code.value()));
    try (InputStream in = DfeNeighboursReproduceTheFileTest.class.getResourceAsStream("/areas/dfe_la_numbers.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.startsWith("la_number")) continue;
        List<String> fields = ShippedDatasetDashboardTest.split(line);
        codes.put(fields.get(0), recoded.getOrDefault(fields.get(1), fields.get(1)));
      }
    }
    return codes;
  }
}
