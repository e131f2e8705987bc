package uk.lacexplorer.episodes.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.Ssda903Fixture;
import uk.lacexplorer.episodes.parse.Dates;

/**
 * The yearly flows on hand-built children, with each count worked out by hand from the definitions: year Y runs from
 * 1 April Y-1 to 31 March Y; looked after at 31 March = an episode with DECOM ≤ 31 March and DEC blank or later;
 * started = an episode with RNE S in the year; ceased = an episode ending in the year with REC not X1, the route taken
 * from the child's last such REC in the year; short breaks (V3/V4) left out.
 */
class FlowDeriverTest {
  @TempDir
  Path temp;

  private static final String HEADER = """
      CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
      a,1,01/01/2010,WBRI,,,
      b,2,01/01/2019,WBRI,,,
      c,1,01/01/2012,WBRI,,,
      d,2,01/01/2008,WBRI,,,
      e,1,01/01/2015,WBRI,,,
      f,2,01/01/2006,WBRI,,,
      g,1,01/01/2011,WBRI,,,
      """;

  private static final String EPISODES = """
      CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
      a,15/03/2020,S,V2,N1,U6,PR1,10/06/2020,E4A,,,,
      b,01/04/2020,S,C1,N1,U6,PR1,01/09/2020,X1,,,,
      b,01/09/2020,P,E1,N1,A6,PR1,01/03/2021,E11,,,,
      c,01/05/2020,S,V2,N4,U6,PR1,01/06/2020,E4B,,,,
      c,01/07/2020,S,C1,N1,U3,PR1,15/12/2020,E45,,,,
      d,01/01/2019,S,C2,N1,U4,PR1,,,,,,
      d,01/06/2020,S,V3,N2,U6,PR1,05/06/2020,E8,,,,
      e,31/03/2021,S,V2,N1,U6,PR1,,,,,,
      f,01/01/2021,S,V2,N5,K2,PR4,31/03/2021,E8,,,,
      g,01/05/2020,S,C1,N1,U6,PR1,01/07/2020,X1,,,,
      g,01/07/2020,P,C1,N1,U4,PR1,01/09/2020,X1,,,,
      g,01/09/2020,P,C1,N1,K2,PR4,01/10/2020,X1,,,,
      g,01/10/2020,L,C2,N1,K2,PR4,,,,,,
      """;

  private List<YearlyFlows> flows() {
    Path folder = Ssda903Fixture.empty().file("header.csv", HEADER).file("episodes.csv", EPISODES)
        .writeTo(temp.resolve("E09000001"));
    AuthorityResult result = new EpisodeService().processOne(folder, new EpisodeService.Request(folder, null, 2020, 2021,
        EnumSet.of(EpisodeService.Work.FLOWS), 1, new Dates(2030)));
    assertThat(result.flows().shortBreakEpisodes()).isEqualTo(1);
    assertThat(result.flows().unreadableEpisodes()).isZero();
    return result.flows().years();
  }

  @Test
  void countsTheHeadlineFlowsByTheDefinitions() {
    List<YearlyFlows> years = flows();
    assertThat(years).extracting(YearlyFlows::year).containsExactly(2020, 2021);
    YearlyFlows y2020 = years.get(0);
    // At 31/03/2020: a (began 15/03/2020) and d (open since 2019). d's short break is not counted.
    assertThat(y2020.get(Flow.LOOKED_AFTER_31_MARCH)).isEqualTo(2);
    assertThat(y2020.get(Flow.STARTED)).isEqualTo(1); // a
    assertThat(y2020.get(Flow.CEASED)).isZero();

    YearlyFlows y2021 = years.get(1);
    // At 31/03/2021: d (open), e (DECOM on 31 March counts), g (open); not f (DEC on 31 March is not later).
    assertThat(y2021.get(Flow.LOOKED_AFTER_31_MARCH)).isEqualTo(3);
    // b (1 April is the first day of 2020-21), c (twice, counted once), e, f, g.
    assertThat(y2021.get(Flow.STARTED)).isEqualTo(5);
    // a, b, c, f; c's last exit in the year is E45, so c is special guardianship, not returned home.
    assertThat(y2021.get(Flow.CEASED)).isEqualTo(4);
    assertThat(y2021.get(Flow.CEASED_RETURNED_HOME)).isEqualTo(1);
    assertThat(y2021.get(Flow.CEASED_ADOPTED)).isEqualTo(1);
    assertThat(y2021.get(Flow.CEASED_SPECIAL_GUARDIANSHIP)).isEqualTo(1);
    assertThat(y2021.get(Flow.CEASED_OTHER)).isEqualTo(1);
    assertThat(y2021.get(Flow.CEASED_CHILD_ARRANGEMENTS_ORDER) + y2021.get(Flow.CEASED_INDEPENDENT_LIVING)
        + y2021.get(Flow.CEASED_AGE_18)).isZero();
  }

  @Test
  void countsPeriodsMovesAndReentries() {
    YearlyFlows y2021 = flows().get(1);
    assertThat(y2021.get(Flow.LOOKED_AFTER_DURING_YEAR)).isEqualTo(7); // a b c d e f g
    assertThat(y2021.get(Flow.EPISODES_STARTED)).isEqualTo(10); // b2 c2 e1 f1 g4 (d's short break left out)
    assertThat(y2021.get(Flow.PERIODS_STARTED)).isEqualTo(6); // b, c twice, e, f, g
    assertThat(y2021.get(Flow.PERIODS_CEASED)).isEqualTo(5); // a, b, c twice, f
    assertThat(y2021.get(Flow.PLACEMENT_MOVES)).isEqualTo(3); // b's P and g's two Ps; g's L is not a move
    assertThat(y2021.get(Flow.LOOKED_AFTER_WITH_3_PLUS_PLACEMENTS)).isEqualTo(1); // g: U6, U4, K2
    assertThat(y2021.get(Flow.REENTRIES_WITHIN_12_MONTHS)).isEqualTo(1); // c back 30 days after going home
    assertThat(flows().get(0).get(Flow.LOOKED_AFTER_DURING_YEAR)).isEqualTo(2); // a and d
  }

  private List<YearlyFlows> flowsOver(String from, String to) {
    Path folder = Ssda903Fixture.empty().file("header.csv", HEADER).file("episodes.csv", EPISODES)
        .writeTo(temp.resolve("E09000003"));
    Dates dates = new Dates(2030);
    return new EpisodeService().processOne(folder, new EpisodeService.Request(folder, null, null, null,
        EnumSet.of(EpisodeService.Work.FLOWS), 1, dates, new int[] {dates.parse(from), dates.parse(to)}))
        .flows().years();
  }

  @Test
  void aDateRangeOfOneCollectionYearGivesThatYearsCounts() {
    assertThat(flowsOver("01/04/2020", "31/03/2021").get(0).counts()).isEqualTo(flows().get(1).counts());
  }

  @Test
  void countsFlowsOverAnyDateRange() {
    YearlyFlows summer = flowsOver("01/06/2020", "30/09/2020").get(0);
    // On 30/09/2020: b (adoption placement since 01/09), c (back in care since 01/07), d and g; a left on 10/06.
    assertThat(summer.get(Flow.LOOKED_AFTER_31_MARCH)).isEqualTo(4);
    assertThat(summer.get(Flow.STARTED)).isEqualTo(1); // c's second start on 01/07
    // a home on 10/06 and c home on 01/06 (the first day of the range); c's E45 is in December.
    assertThat(summer.get(Flow.CEASED)).isEqualTo(2);
    assertThat(summer.get(Flow.CEASED_RETURNED_HOME)).isEqualTo(2);
  }

  @Test
  void profilesAtThe31MarchOfEachYearAddUpToTheLookedAfterCount() {
    Path folder = Ssda903Fixture.empty().file("header.csv", HEADER).file("episodes.csv", EPISODES)
        .writeTo(temp.resolve("E09000004"));
    AuthorityResult result = new EpisodeService().processOne(folder, new EpisodeService.Request(folder, null, 2021, 2021,
        EnumSet.of(EpisodeService.Work.PROFILES), 1, new Dates(2030)));
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (ProfileDeriver.Profile profile : result.profiles()) {
      counts.put(profile.dimension() + " " + profile.category(), profile.children());
    }
    // At 31/03/2021: d (U4, C2, aged 13), e (U6, V2, aged 6), g (K2, C2, aged 10).
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "PLACEMENT foster", 2, "PLACEMENT childrens_homes", 1,
        "LEGAL_STATUS full_care_order", 2, "LEGAL_STATUS section_20", 1,
        "AGE 10_to_15", 2, "AGE 5_to_9", 1));
  }

  @Test
  void infersTheWindowFromTheChildrensLastDaysInCareAndTheLatestStart() {
    Path folder = Ssda903Fixture.empty().file("header.csv", HEADER).file("episodes.csv", EPISODES)
        .writeTo(temp.resolve("E09000002"));
    AuthorityResult result = new EpisodeService().processOne(folder, new EpisodeService.Request(folder, null, null, null,
        EnumSet.of(EpisodeService.Work.FLOWS), 1, new Dates(2030)));
    // Earliest last day in care: a on 10/06/2020 (year 2021); latest start: e on 31/03/2021 (year 2021).
    assertThat(result.window()).isEqualTo(new CollectionWindow(2021, 2021));
  }
}
