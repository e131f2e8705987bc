package uk.lacexplorer.episodes.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.Ssda903Fixture;
import uk.lacexplorer.episodes.parse.Dates;

/**
 * The rules whose meaning depends on the collection year (146, 178, 367, 104) and the DfE input format (LX42): for each
 * a row that passes, a row that fails, and the edge the rule is about. Findings are compared by file line (line 2 is
 * the first data row).
 */
class YearAwareRulesTest {
  private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
      + "HOME_POST,PL_POST,URN\n";
  private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";

  @TempDir
  Path temp;

  private int folders;

  /** Lines (file line numbers) of {@code table} that fail {@code ruleId}. */
  private List<Integer> failing(String ruleId, String table, Ssda903Fixture fixture) {
    Path folder = fixture.writeTo(temp.resolve("E0600000" + (folders++)));
    EpisodeService.Request request = new EpisodeService.Request(folder, null, null, null,
        EnumSet.of(EpisodeService.Work.VALIDATE), 1, new Dates(2030));
    return new EpisodeService().processOne(folder, request).findings().stream()
        .filter(f -> f.rule().id().equals(ruleId) && f.table().startsWith(table))
        .map(Finding::line).sorted().toList();
  }

  /** Children 1..n born 2010, one episode each from the given rows (CHILD first). */
  private static Ssda903Fixture returnOf(String... episodeRows) {
    StringBuilder header = new StringBuilder(HEADER);
    StringBuilder episodes = new StringBuilder(EPISODES);
    java.util.Set<String> children = new java.util.LinkedHashSet<>();
    for (String row : episodeRows) {
      episodes.append(row).append('\n');
      children.add(row.substring(0, row.indexOf(',')));
    }
    for (String child : children) header.append(child).append(",M,01/06/2010,WBRI,A12345678901").append(child).append(",,\n");
    return Ssda903Fixture.empty().file("header.csv", header.toString()).file("episodes.csv", episodes.toString());
  }

  @Test
  void placementCodesFollowTheYearTheEpisodeBegan() {
    List<Integer> lines = failing("146", "episodes", returnOf(
        "1,01/05/2025,S,C2,N1,U6,PR1,,,,,,",      // 2: U6 in 2025-26: passes
        "2,01/05/2025,S,C2,N1,H5,PR4,,,,,,",      // 3: H5 ended: fails
        "3,01/05/2025,S,C2,N1,Z11,,,,,,,",        // 4: Z11 began: passes
        "4,31/03/2025,S,C2,N1,P2,PR4,,,,,,",      // 5: edge, last day of 2024-25: P2 still valid
        "5,01/04/2025,S,C2,N1,P2,PR4,,,,,,",      // 6: edge, first day of 2025-26: P2 fails
        "6,31/03/2025,S,C2,N1,Z12,,,,,,,",        // 7: edge, Z12 a day before it began: fails
        "7,01/04/2025,S,C2,N1,Z1,,,,,,,"));       // 8: Z1 ended: fails
    assertThat(lines).containsExactly(3, 6, 7, 8);
  }

  @Test
  void providerIsGivenOnlyForPlacementsThatHaveOne() {
    List<Integer> lines = failing("178", "episodes", returnOf(
        "1,01/05/2024,S,C2,N1,U6,PR1,,,,,,",      // 2: foster care with a provider: passes
        "2,01/05/2024,S,C2,N1,T0,PR4,,,,,,",      // 3: temporary move with a provider: fails
        "3,01/05/2024,S,C2,N1,Z1,PR4,,,,,,",      // 4: Z1 with a provider (up to 2024-25): fails
        "4,01/05/2024,S,C2,N1,T4,,,,,,,",         // 5: T4 without a provider: passes
        "5,01/05/2024,S,C2,N1,T4,PR2,,,,,,",      // 6: T4 with a provider in 2024-25: fails
        "6,01/05/2025,S,C2,N1,T4,PR2,,,,,,",      // 7: edge, T4 takes a provider from 2025-26: passes
        "7,01/05/2025,S,C2,N1,Z13,PR1,,,,,,",     // 8: Z13 with a provider: fails
        "8,01/05/2025,S,C2,N1,U6,PR7,,,,,,"));    // 9: not a provider code: fails
    assertThat(lines).containsExactly(3, 4, 6, 8, 9);
  }

  @Test
  void shortBreakDaysAreSplitAt31MarchAndOpenBreaksCount() {
    // A return for 2024-25 (01/04/2024 to 31/03/2025). Child 1: two breaks of 40 days, 80 in the year: both fail.
    List<Integer> lines = failing("367", "episodes", returnOf(
        "1,01/06/2024,S,V3,N1,U6,PR1,11/07/2024,X1,,,,",  // 2: 40 days
        "1,11/07/2024,L,C2,N1,U6,PR1,01/08/2024,X1,,,,",   // 3: not a short break
        "1,01/08/2024,L,V3,N1,U6,PR1,10/09/2024,X1,,,,",  // 4: 40 days: total 80 > 75: both breaks fail
        "2,01/05/2024,S,V3,N1,U6,PR1,15/07/2024,X1,,,,",  // 5: edge, exactly 75 days: passes
        "3,01/02/2025,S,V3,N1,U6,PR1,,,,,,",              // 6: open since 01/02/2025: 58 days to 31/03: passes
        "4,01/01/2025,S,V3,N1,U6,PR1,,,,,,"));            // 7: open since 01/01/2025: 89 days to 31/03: fails
    assertThat(lines).containsExactly(2, 4, 7);
  }

  @Test
  void shortBreakAcross31MarchCountsInBothYears() {
    // Two-year window 2023-24 and 2024-25. A break from 01/02/2024 to 20/05/2024 (109 days) spans 31 March: 60 days in
    // 2023-24 and 49 in 2024-25, each under 75, so it passes; counted in the year it began it would fail.
    List<Integer> lines = failing("367", "episodes", returnOf(
        "1,01/02/2024,S,V3,N1,U6,PR1,20/05/2024,X1,,,,",
        "2,01/05/2023,S,C2,N1,U6,PR1,,,,,,",
        "3,10/01/2025,S,C2,N1,U6,PR1,,,,,,"));
    assertThat(lines).isEmpty();
    // The same break with 30 more days in 2024-25 (49 + 30 = 79): only the second year is over.
    lines = failing("367", "episodes", returnOf(
        "1,01/02/2024,S,V3,N1,U6,PR1,20/05/2024,X1,,,,",
        "1,20/05/2024,L,C2,N1,U6,PR1,01/09/2024,X1,,,,",
        "1,01/09/2024,L,V3,N1,U6,PR1,01/10/2024,X1,,,,",
        "2,01/05/2023,S,C2,N1,U6,PR1,,,,,,",
        "3,10/01/2025,S,C2,N1,U6,PR1,,,,,,"));
    assertThat(lines).containsExactly(2, 4);
  }

  @Test
  void uascCeasedBeforeTheCollectionYearIsFlaggedInASingleYearReturn() {
    Ssda903Fixture fixture = returnOf("1,01/05/2024,S,V2,N8,U6,PR1,,,,,,", "2,01/05/2024,S,V2,N8,U6,PR1,,,,,,",
        "3,01/05/2024,S,V2,N8,U6,PR1,,,,,,", "4,01/05/2024,S,V2,N8,U6,PR1,,,,,,")
        .file("uasc.csv", """
            CHILD,SEX,DOB,DUC
            1,M,01/06/2010,01/06/2028
            2,M,01/06/2010,31/03/2024
            3,M,01/06/2010,01/04/2024
            4,M,01/06/2010,June 2028
            """);
    // line 2 passes (future), line 3 the day before 1 April 2024 fails, line 4 on 1 April passes, line 5 unreadable.
    assertThat(failing("104", "uasc", fixture)).containsExactly(3, 5);
  }

  @Test
  void cellsNotWrittenAsTheSpecificationSaysAreFindingsNotCrashesOrSilence() {
    Ssda903Fixture fixture = returnOf(
        "1,01/05/2024,S,C2,N1,U6,PR1,,,,,,",      // 2: as the DfE writes it: passes
        "2,2024-05-01,S,C2,N1,U6,PR1,,,,,,",      // 3: ISO date: read but flagged
        "3,01/05/2024,S, V2,N1,U6,PR1,,,,,,",     // 4: leading space on a code: flagged
        "4,1/5/2024,S,C2,N1,U6,PR1,,,,,,",        // 5: one-digit day and month: flagged
        "5,01/05/2024,S,c2,N1,U6,PR1,,,,,,");     // 6: lowercase code: not a code (rule 144), not LX42
    assertThat(failing("LX42", "episodes", fixture)).containsExactly(3, 4, 5);
    assertThat(failing("144", "episodes", fixture)).containsExactly(6);
    assertThat(failing("141", "episodes", fixture)).isEmpty();
  }

  @Test
  void legalStatusDurationsCountARunOfEpisodesAsOneOrder() {
    List<Integer> lines = failing("362", "episodes", returnOf(
        "1,01/05/2024,S,L2,N1,U6,PR1,22/05/2024,X1,,,,",   // 2: edge, exactly 21 days: passes
        "2,01/05/2024,S,L2,N1,U6,PR1,23/05/2024,X1,,,,",   // 3: 22 days: fails
        "3,01/05/2024,S,L2,N1,U6,PR1,11/05/2024,X1,,,,",   // 4: 10 days, then
        "3,11/05/2024,T,L2,N1,U4,PR1,23/05/2024,X1,,,,",   // 5: 12 more without a break: the run of 22 fails
        "4,01/05/2024,S,L2,N1,U6,PR1,11/05/2024,X1,,,,",   // 6: 10 days, a gap, then
        "4,12/05/2024,S,L2,N1,U4,PR1,24/05/2024,X1,,,,",   // 7: 12 days: two orders, both pass
        "5,01/05/2024,S,C2,N1,U6,PR1,01/08/2024,X1,,,,"));  // 8: another status: passes
    assertThat(lines).containsExactly(3, 4, 5);
    assertThat(failing("361", "episodes", returnOf(
        "1,01/05/2024,S,L1,N1,U6,PR1,04/05/2024,X1,,,,",   // 2: edge, 3 days: passes
        "2,01/05/2024,S,L1,N1,U6,PR1,05/05/2024,X1,,,,"))) // 3: 4 days: fails
        .containsExactly(3);
    assertThat(failing("364", "episodes", returnOf(
        "1,01/05/2024,S,J2,N1,U6,PR1,22/05/2024,X1,,,,",
        "2,01/03/2025,S,J2,N1,U6,PR1,,,,,,")))              // open since 01/03/2025: 30 days to 31/03/2025
        .containsExactly(3);
  }

  @Test
  void theRulesOfAYearAreTheOnesThatApplyInIt() {
    assertThat(Rule.parseYear("2025-26")).isEqualTo(2026);
    assertThat(Rule.parseYear("2025-27")).isEqualTo(-1);
    assertThat(Rule.parseYear("2025/26")).isEqualTo(-1);
    assertThat(Rule.yearLabel(2018)).isEqualTo("2017-18");
    assertThat(RuleCatalogue.rulesFor(2026)).isNotEmpty().allMatch(rule -> rule.appliesIn(2026));
    assertThat(RuleCatalogue.rulesFor(2017)).isEmpty();
    assertThat(RuleCatalogue.rulesFor(2028)).isEmpty();
    Rule rule = RuleCatalogue.rules().get(0).until(2020);
    assertThat(rule.appliesIn(2020)).isTrue();
    assertThat(rule.appliesIn(2021)).isFalse();
  }
}
