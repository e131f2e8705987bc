package uk.lacexplorer.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier and Aalen–Johansen against R's survival::survfit: values from
 * src/test/resources/reference/survival/make-reference.R (R 4.2.2, survival 3.5-3).
 */
class SurvivalReferenceTest {
  private static final double TOLERANCE = 1e-10;

  private static List<String[]> csv(String name) throws IOException {
    try (InputStream in = SurvivalReferenceTest.class.getResourceAsStream("/reference/survival/" + name)) {
      List<String[]> rows = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) continue;
        String[] cells = lines[i].split(",");
        for (int c = 0; c < cells.length; c++) cells[c] = cells[c].strip().replace("\"", "");
        rows.add(cells);
      }
      return rows;
    }
  }

  private static double number(String text) {
    return text.equals("NA") ? Double.NaN : Double.parseDouble(text);
  }

  private static EventTable data(String name) throws IOException {
    List<String[]> rows = csv(name);
    double[] time = new double[rows.size()];
    int[] cause = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      time[i] = number(rows.get(i)[0]);
      cause[i] = (int) number(rows.get(i)[1]);
    }
    return EventTable.of(time, cause, 3);
  }

  private static void assertClose(double actual, String expected, String what) {
    double value = number(expected);
    if (Double.isNaN(value)) assertThat(actual).as(what).isNaN();
    else assertThat(actual).as(what).isCloseTo(value, within(TOLERANCE));
  }

  @Test
  void kaplanMeierMatchesSurvfitWithGreenwoodAndLogIntervals() throws IOException {
    EventTable table = data("competing-risks-data.csv");
    KaplanMeier km = KaplanMeier.fit(table, 0.95);
    List<String[]> reference = csv("km-reference.csv");
    assertThat(table.size()).isEqualTo(reference.size());
    for (int j = 0; j < reference.size(); j++) {
      String[] row = reference.get(j);
      String at = "t=" + row[0];
      assertThat(table.time(j)).as(at).isEqualTo(number(row[0]));
      assertThat(table.atRisk(j)).as(at).isEqualTo((int) number(row[1]));
      assertThat(table.events(j)).as(at).isEqualTo((int) number(row[2]));
      Estimate estimate = km.atIndex(j);
      assertClose(estimate.value(), row[3], at + " surv");
      if (!row[4].equals("NA")) assertClose(estimate.standardError(), row[4], at + " std.err");
      assertClose(estimate.lower(), row[5], at + " lower");
      assertClose(estimate.upper(), row[6], at + " upper");
    }
  }

  private static void assertAalenJohansen(String dataFile, String referenceFile) throws IOException {
    EventTable table = data(dataFile);
    AalenJohansen aj = AalenJohansen.fit(table, 0.95);
    List<String[]> reference = csv(referenceFile);
    assertThat(reference).hasSize(3 * table.size());
    for (String[] row : reference) {
      double time = number(row[0]);
      int cause = (int) number(row[1]);
      int index = table.indexAtOrBefore(time);
      assertThat(table.time(index)).isEqualTo(time);
      Estimate estimate = aj.atIndex(cause, index);
      String at = "t=" + row[0] + " cause " + cause;
      assertClose(estimate.value(), row[2], at + " pstate");
      assertClose(estimate.standardError(), row[3], at + " std.err");
      assertClose(estimate.lower(), row[4], at + " lower");
      assertClose(estimate.upper(), row[5], at + " upper");
    }
  }

  @Test
  void aalenJohansenMatchesSurvfitOnTheSmallExample() throws IOException {
    assertAalenJohansen("small-data.csv", "small-aj-reference.csv");
  }

  @Test
  void aalenJohansenMatchesSurvfitWithInfinitesimalJackknifeErrors() throws IOException {
    assertAalenJohansen("competing-risks-data.csv", "aj-reference.csv");
  }

  @Test
  void incidencesAddUpToOneMinusKaplanMeier() throws IOException {
    EventTable table = data("competing-risks-data.csv");
    KaplanMeier km = KaplanMeier.fit(table, 0.95);
    AalenJohansen aj = AalenJohansen.fit(table, 0.95);
    for (int j = 0; j < table.size(); j++) {
      double sum = 0;
      for (int k = 1; k <= 3; k++) sum += aj.atIndex(k, j).value();
      assertThat(sum).isCloseTo(1 - km.atIndex(j).value(), within(1e-12));
    }
  }

  /** Worked by hand: 12 subjects, first event (cause 1) at t=2, so F_1(2) = 1/12 and se = sqrt(p(1-p)/n). */
  @Test
  void firstStepIsTheBinomialProportion() throws IOException {
    AalenJohansen aj = AalenJohansen.fit(data("small-data.csv"), 0.95);
    Estimate first = aj.at(1, 2.5);
    assertThat(first.value()).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(first.standardError()).isCloseTo(Math.sqrt((1.0 / 12) * (11.0 / 12) / 12), within(1e-15));
    assertThat(aj.at(1, 1.0).value()).isZero();
  }
}
