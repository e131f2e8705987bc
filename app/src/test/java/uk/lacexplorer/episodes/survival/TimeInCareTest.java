package uk.lacexplorer.episodes.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.Ssda903Fixture;
import uk.lacexplorer.episodes.codes.ExitRoute;
import uk.lacexplorer.episodes.parse.Dates;

/** Periods of care as survival data, and the estimates on them worked out by hand. */
class TimeInCareTest {
  @TempDir
  Path temp;

  private static final String HEADER = """
      CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
      x,1,01/01/2015,WBRI,,,
      y,2,01/01/2015,WBRI,,,
      z,1,01/01/2015,WBRI,,,
      w,2,01/01/2015,WBRI,,,
      v,1,01/01/2020,WBRI,,,
      """;
  private static final String EPISODES = """
      CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
      x,01/05/2020,S,V2,N1,U6,PR1,01/07/2020,E4A,,,,
      y,01/06/2020,S,C1,N1,U6,PR1,,,,,,
      z,01/03/2020,S,C1,N1,U6,PR1,01/05/2020,E4A,,,,
      w,01/08/2020,S,C1,N1,U6,PR1,01/09/2020,X1,,,,
      v,01/10/2020,S,E1,N1,A5,PR1,01/02/2021,E11,,,,
      """;

  private CarePeriods periods() {
    Path folder = Ssda903Fixture.empty().file("header.csv", HEADER).file("episodes.csv", EPISODES)
        .writeTo(temp.resolve("E09000001"));
    return new EpisodeService().processOne(folder, new EpisodeService.Request(folder, null, 2021, 2021,
        EnumSet.of(EpisodeService.Work.PERIODS), 1, new Dates(2030))).periods();
  }

  @Test
  void periodsInTheWindowBecomeTimesRoutesAndCensoring() {
    CarePeriods periods = periods();
    // z began before the window (1 April 2020) and is left out.
    assertThat(periods.startedBeforeWindow()).isEqualTo(1);
    assertThat(periods.size()).isEqualTo(4);
    // x home after 61 days; y open, censored at 31/03/2021 (303 days); w ended with X1 and no next episode,
    // censored at its end (31 days); v adopted after 123 days, aged 0 at entry.
    assertThat(periods.days(0)).isEqualTo(61);
    assertThat(periods.route(0)).isEqualTo(ExitRoute.RETURNED_HOME.ordinal());
    assertThat(periods.days(1)).isEqualTo(303);
    assertThat(periods.route(1)).isEqualTo(-1);
    assertThat(periods.days(2)).isEqualTo(31);
    assertThat(periods.route(2)).isEqualTo(-1);
    assertThat(periods.days(3)).isEqualTo(123);
    assertThat(periods.route(3)).isEqualTo(ExitRoute.ADOPTED.ordinal());
    assertThat(periods.ageAtEntry(0)).isEqualTo(5);
    assertThat(periods.ageAtEntry(3)).isZero();
    assertThat(periods.entryYear(0)).isEqualTo(2021);
  }

  @Test
  void estimatesMatchTheHandCalculation() {
    List<TimeInCare.Row> rows = TimeInCare.estimate(List.of(periods()), Grouping.ALL, List.of(6));
    // Times: 31 censored, 61 home (3 at risk: S = 2/3), 123 adopted (2 at risk: S = 1/3), 303 censored.
    // At 182 days: left care 1 - 1/3; home = 1 * 1/3; adopted = (2/3) * (1/2).
    assertThat(value(rows, TimeInCare.LEFT_CARE)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(value(rows, "returned_home")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(value(rows, "adopted")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(value(rows, "special_guardianship")).isZero();
    assertThat(rows.get(0).atRisk()).isEqualTo(1);
    assertThat(rows.get(0).days()).isEqualTo(182);
  }

  @Test
  void groupsByAgeAtEntryYoungestFirst() {
    List<TimeInCare.Row> rows = TimeInCare.estimate(List.of(periods()), Grouping.AGE, List.of(12));
    assertThat(rows.stream().map(TimeInCare.Row::group).distinct()).containsExactly("under 1", "5-9");
  }

  private static double value(List<TimeInCare.Row> rows, String measure) {
    return rows.stream().filter(row -> row.measure().equals(measure)).findFirst().orElseThrow().estimate().value();
  }
}
