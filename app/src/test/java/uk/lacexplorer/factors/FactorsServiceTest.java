package uk.lacexplorer.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Database;

/**
 * {@code ./lacx factors} on the shipped dataset, checked against a calculation straight from the dataset's CSV files:
 * for Torfaen and Hartlepool, each factor's latest year for the authority, its value, and the median, range and
 * number of the nation's current authorities (those without an end date in {@code areas.csv}) that year.
 */
class FactorsServiceTest {
  private static Application app;

  @BeforeAll
  static void open() throws IOException {
    app = new Application(new Config(Files.createTempDirectory("lacx-factors-test"), Database.inMemoryUrl("factors"),
        null, null, DatasetFiles.Location.classpath()));
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void eachFactorIsTheAuthoritysLatestValueBesideItsNationsCurrentAuthorities() throws IOException {
    for (String[] authority : new String[][] {{"W06000020", "WALES"}, {"E06000001", "ENGLAND"}}) {
      FactorsResult result = app.factors().run(new FactorsRequest(authority[0]));
      Set<String> current = current(authority[1]);
      int checked = 0;
      for (String factor : FactorsService.FACTORS) {
        List<String[]> rows = observations(factor);
        int latest = rows.stream().filter(r -> r[0].equals(authority[0]) && !r[3].isEmpty())
            .mapToInt(r -> Integer.parseInt(r[1])).max().orElse(-1);
        if (latest < 0) {
          assertThat(result.missing()).as(factor).anyMatch(m -> m.id().equals(factor));
          continue;
        }
        FactorsResult.Row row = result.row(factor);
        assertThat(row.year()).as(factor).isEqualTo(latest);
        List<Double> values = new ArrayList<>();
        double own = Double.NaN;
        for (String[] r : rows) {
          if (Integer.parseInt(r[1]) != latest || r[3].isEmpty()) continue;
          if (r[0].equals(authority[0])) own = Double.parseDouble(r[3]);
          if (current.contains(r[0])) values.add(Double.parseDouble(r[3]));
        }
        values.sort(null);
        int n = values.size();
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        assertThat(row.value()).as(factor).isEqualTo(own);
        assertThat(row.authorities()).as(factor).isEqualTo(n);
        assertThat(row.median()).as(factor).isCloseTo(median, within(1e-12));
        assertThat(row.min()).as(factor).isEqualTo(values.get(0));
        assertThat(row.max()).as(factor).isEqualTo(values.get(n - 1));
        checked++;
      }
      assertThat(checked).as(authority[0]).isGreaterThanOrEqualTo(12);
    }
    // The placement mix is held for England only: Torfaen has none, Hartlepool all three.
    assertThat(app.factors().run(new FactorsRequest("Torfaen")).missing()).extracting(m -> m.id())
        .containsExactly("placed_in_foster_care_pct", "placed_for_adoption_pct", "placed_with_parents_pct");
    assertThat(app.factors().run(new FactorsRequest("Hartlepool")).missing()).isEmpty();
    // Torfaen's household size in 2021 (Census): 2.30 persons beside a Welsh median of 2.30 (22 authorities).
    assertThat(app.factors().run(new FactorsRequest("Torfaen")).row("household_size_mean").authorities()).isEqualTo(22);
  }

  @Test
  void aNationOrAnUnknownNameIsRefused() {
    assertThatThrownBy(() -> app.factors().run(new FactorsRequest("Wales"))).isInstanceOf(UserError.class)
        .hasMessageContaining("is not a local authority");
    assertThatThrownBy(() -> app.factors().run(new FactorsRequest(" "))).isInstanceOf(UserError.class);
    assertThatThrownBy(() -> app.factors().run(new FactorsRequest("Atlantis"))).isInstanceOf(UserError.class);
  }

  /** area, period, breakdown, value of the measure's shipped file, totals only. */
  private static List<String[]> observations(String measure) {
    try {
      List<String[]> rows = new ArrayList<>();
      List<String> lines = Files.readAllLines(Path.of("../dataset/observations/" + measure + ".csv"));
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        if (cells[2].isEmpty()) rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> current(String nation) throws IOException {
    Set<String> codes = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("../dataset/areas.csv"))) {
      String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);   // commas outside quoted names
      if (cells[3].equals(nation) && cells[4].equals("LOCAL_AUTHORITY") && cells[6].isEmpty()) codes.add(cells[0]);
    }
    return codes;
  }
}
