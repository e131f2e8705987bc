package uk.lacexplorer.episodes.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.survival.CarePeriods;
import uk.lacexplorer.episodes.survival.Grouping;
import uk.lacexplorer.episodes.survival.TimeInCare;
import uk.lacexplorer.episodes.validate.Finding;
import uk.lacexplorer.episodes.validate.Rule;

class Synth903Test {
  @TempDir
  Path temp;

  private static EpisodeService.Request request(Path dir, EpisodeService.Work... work) {
    return new EpisodeService.Request(dir, null, null, null, EnumSet.of(work[0], work), 2, new Dates(2030));
  }

  /**
   * The generated share of entrants home within 6 months (and within 12) is recovered by the Aalen–Johansen estimate
   * within sampling error: the true value lies inside the estimate ± 3.29 standard errors (a 99.9% interval, so the
   * test fails by chance once in a thousand seeds; the seed is fixed).
   */
  @Test
  void timeInCareRecoversTheGeneratedShareHomeWithin6And12Months() {
    SynthParameters parameters = SynthParameters.defaults(30_000, 8, 20240331L, 1);
    Path folder = temp.resolve("E06000001");
    Synth903.write(parameters, folder, 2);
    List<CarePeriods> periods = new ArrayList<>();
    for (AuthorityResult result : new EpisodeService().process(request(folder, EpisodeService.Work.PERIODS))) {
      periods.add(result.periods());
    }
    List<TimeInCare.Row> rows = TimeInCare.estimate(periods, Grouping.ALL, List.of(6, 12));
    TimeInCare.Row six = find(rows, 6);
    TimeInCare.Row twelve = find(rows, 12);
    assertThat(six.periods()).isGreaterThan(20_000);
    assertWithin(six, parameters.homeWithin6Months());
    assertWithin(twelve, parameters.homeWithin12Months());
  }

  private static TimeInCare.Row find(List<TimeInCare.Row> rows, int months) {
    return rows.stream().filter(row -> row.months() == months && row.measure().equals("returned_home")).findFirst()
        .orElseThrow();
  }

  private static void assertWithin(TimeInCare.Row row, double truth) {
    double estimate = row.estimate().value();
    double se = row.estimate().standardError();
    assertThat(se).isBetween(0.001, 0.01);
    assertThat(Math.abs(estimate - truth)).as("|%.4f - %.4f| vs 3.29 se = %.4f", estimate, truth, 3.29 * se)
        .isLessThanOrEqualTo(3.29 * se);
  }

  @Test
  void generatedExtractBreaksNoValidationRule() {
    Path folder = temp.resolve("E06000002");
    Synth903.write(SynthParameters.defaults(3_000, 5, 7L, 1), folder, 1);
    List<Finding> findings = new EpisodeService().process(request(folder, EpisodeService.Work.VALIDATE)).get(0).findings();
    assertThat(findings).filteredOn(finding -> finding.rule().severity() == Rule.Severity.ERROR).isEmpty();
  }

  /** Placement types H5 and P2 ended in 2025-26: a recent extract uses K3 instead and still breaks no rule. */
  @Test
  void recentYearsUseNoPlacementTypeThatHasEnded() throws IOException {
    Path folder = temp.resolve("E06000003");
    Synth903.write(SynthParameters.defaults(3_000, 4, 11L, 1).withEndYear(2027), folder, 1);
    List<String> rows = Files.readAllLines(folder.resolve("episodes.csv"));
    long recentEnded = 0;
    long recentK3 = 0;
    long earlierH5 = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",", -1);
      int day = new Dates(2030).parse(cells[1]);
      boolean recent = Dates.yearEnding31March(day) >= 2026;
      boolean ended = cells[5].equals("H5") || cells[5].equals("P2");
      if (recent && ended) recentEnded++;
      if (recent && cells[5].equals("K3")) recentK3++;
      if (!recent && ended) earlierH5++;
    }
    assertThat(recentEnded).isZero();
    assertThat(recentK3).isPositive();
    assertThat(earlierH5).isPositive();
    List<Finding> findings = new EpisodeService().process(request(folder, EpisodeService.Work.VALIDATE)).get(0).findings();
    assertThat(findings).filteredOn(finding -> finding.rule().severity() == Rule.Severity.ERROR).isEmpty();
  }

  @Test
  void theSameSeedGivesTheSameFilesWhateverTheThreads() throws IOException {
    SynthParameters parameters = SynthParameters.defaults(2_000, 3, 99L, 3);
    Synth903.Written one = Synth903.write(parameters, temp.resolve("one"), 1);
    Synth903.Written two = Synth903.write(parameters, temp.resolve("two"), 3);
    assertThat(one.folders()).hasSize(3);
    assertThat(one.episodes()).isEqualTo(two.episodes());
    for (Path folder : one.folders()) {
      Path other = temp.resolve("two").resolve(folder.getFileName());
      for (String file : List.of("header.csv", "episodes.csv", "missing.csv", "ad1.csv")) {
        assertThat(Files.readAllBytes(folder.resolve(file))).as(file).isEqualTo(Files.readAllBytes(other.resolve(file)));
      }
    }
    long headerRows = 0;
    for (Path folder : one.folders()) headerRows += Files.readAllLines(folder.resolve("header.csv")).size() - 1;
    assertThat(headerRows).isEqualTo(2_000);
  }

  @Test
  void theNationalExtractSummarisesEveryAuthorityForEveryCollectionYear() {
    Path dir = temp.resolve("national");
    Synth903.write(SynthParameters.defaults(4_000, 4, 5L, 4), dir, 2);
    List<AuthorityResult> results = new EpisodeService().process(request(dir, EpisodeService.Work.FLOWS));
    assertThat(results).hasSize(4);
    for (AuthorityResult result : results) {
      assertThat(result.laCode()).matches("E0[6-9]\\d{6}|E10\\d{6}");
      assertThat(result.window().lastYear()).isEqualTo(2024);
      assertThat(result.window().firstYear()).isEqualTo(2021);
    }
  }
}
