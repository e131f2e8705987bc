package uk.lacexplorer.projection.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.projection.Scenario;

/**
 * The episode projection on a six-child extract worked through by hand. The last date is 31 March 2024, so with a
 * window of 3 months the month ends are 31 December, 31 January, 29 February and 31 March.
 * <ul>
 *   <li>A (born 2015, aged 8–9: 5–9) fostered (U4) throughout: foster 5–9 stays, 3 times.</li>
 *   <li>B (born June 2010: 10–15) in a children's home (K2) until 15 February: stays once, then leaves.</li>
 *   <li>C (born 2020: 1–4) fostered (U6) from 10 January: enters foster 1–4, then stays twice.</li>
 *   <li>D (born 20 March 2006) fostered since 2022: 16–17 twice, then 18 on 31 March: leaves care.</li>
 *   <li>E (born May 2012: 10–15) fostered until 15 January, then in a children's home: moves once from foster to the
 *       home, then stays twice.</li>
 *   <li>F (born January 2023: 1 on 31 March) placed with parents (P1) from 31 March: enters placed with parents 1–4.</li>
 * </ul>
 * So: foster 5–9 → itself 3 of 3; home 10–15 → itself 3 of 4, leaves 1 of 4; foster 1–4 → itself 2 of 2; foster 16–17
 * → itself 2 of 3, leaves 1 of 3; foster 10–15 → home 10–15 1 of 1; entrants 1 to foster 1–4 and 1 to placed with
 * parents 1–4 over 3 months. On 31 March: A, C, E and F are in care (4 children).
 * One month on: foster 5–9 1; foster 1–4 1 + 1/3; home 10–15 1 × 3/4; placed with parents 1–4 1 + 1/3; total
 * 4.41667. Its variance: the home's child stays with probability 3/4 (1 × 3/4 × 1/4 = 0.1875) plus the Poisson
 * entrants (1/3 + 1/3): 0.854167.
 */
class EpisodeProjectionServiceTest {
  @TempDir
  Path folder;

  private void write() throws IOException {
    Files.writeString(folder.resolve("header.csv"), String.join("\n",
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
        "A,1,01/01/2015,WBRI,UN1,,", "B,2,15/06/2010,WBRI,UN1,,", "C,1,01/01/2020,WBRI,UN1,,",
        "D,2,20/03/2006,WBRI,UN1,,", "E,1,01/05/2012,WBRI,UN1,,", "F,2,01/01/2023,WBRI,UN1,,") + "\n");
    String head = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    Files.writeString(folder.resolve("episodes.csv"), String.join("\n", head,
        "A,01/01/2023,S,C2,N1,U4,PR1,,,,,,",
        "B,01/06/2023,S,C2,N1,K2,PR1,15/02/2024,E11,,,,",
        "C,10/01/2024,S,C2,N1,U6,PR1,,,,,,",
        "D,01/01/2022,S,C2,N1,U4,PR1,,,,,,",
        "E,01/01/2023,S,C2,N1,U4,PR1,15/01/2024,X1,,,,",
        "E,15/01/2024,P,C2,N1,K2,PR1,,,,,,",
        "F,31/03/2024,S,C2,N1,P1,PR1,,,,,,") + "\n");
  }

  @Test
  void oneMonthByHand() throws IOException {
    write();
    EpisodeProjectionResult result = new EpisodeProjectionService().run(new EpisodeProjectionRequest(folder, 2, 3,
        Scenario.NONE));
    assertThat(result.reference()).isEqualTo("2024-03-31");
    assertThat(result.startStock()).isEqualTo(4);
    assertThat(result.children()).isEqualTo(6);
    assertThat(result.startByType()).containsEntry("foster", 2L).containsEntry("secure_and_childrens_homes", 1L)
        .containsEntry("placed_with_parents", 1L);
    assertThat(result.entriesPerMonth()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(result.exitPerMonth()).isCloseTo(2.0 / 13, within(1e-12));
    EpisodeProjectionResult.Month april = result.months().get(0);
    assertThat(april.date()).isEqualTo("2024-04-30");
    assertThat(april.expected()).isCloseTo(4 + 5.0 / 12, within(1e-12));
    double sd = Math.sqrt(0.1875 + 2.0 / 3);
    assertThat(april.upper95() - april.expected()).isCloseTo(1.959963984540054 * sd, within(1e-9));
    assertThat(april.upper80() - april.expected()).isCloseTo(1.2815515655446004 * sd, within(1e-9));
    // two months on: the home's child 3/4 x 3/4, the entrants twice: 1 + (1 + 2/3) + 9/16 + (1 + 2/3)
    assertThat(result.months().get(1).expected()).isCloseTo(1 + 5.0 / 3 + 9.0 / 16 + 5.0 / 3, within(1e-12));
    assertThat(result.endByType()).filteredOn(g -> g.id().equals("placed_with_parents")).singleElement()
        .satisfies(g -> assertThat(g.expected()).isCloseTo(1 + 2.0 / 3, within(1e-12)));
    assertThat(result.endByBand()).filteredOn(g -> g.id().equals("10_15")).singleElement()
        .satisfies(g -> assertThat(g.expected()).isCloseTo(9.0 / 16, within(1e-12)));
  }

  @Test
  void aScenarioScalesEntrantsAndTheChanceOfLeaving() throws IOException {
    write();
    // half the entrants: 1/6 a month to each; twice the chance of leaving the home: 1/2, staying 1/2
    EpisodeProjectionResult result = new EpisodeProjectionService().run(new EpisodeProjectionRequest(folder, 1, 3,
        new Scenario(-50, 100)));
    assertThat(result.months().get(0).scenarioExpected()).isCloseTo(1 + (1 + 1.0 / 6) + 0.5 + (1 + 1.0 / 6), within(1e-12));
    assertThat(result.months().get(0).expected()).isCloseTo(4 + 5.0 / 12, within(1e-12));
  }

  @Test
  void anEntryChangeCanBeLimitedToOneAgeBand() throws IOException {
    write();
    // the two entrants of the window were aged 1-4: half as many of them; an entry change for 10-15 changes nothing
    EpisodeProjectionResult young = new EpisodeProjectionService().run(new EpisodeProjectionRequest(folder, 1, 3,
        new Scenario(-50, 0), "1_4"));
    assertThat(young.months().get(0).scenarioExpected()).isCloseTo(4 + 5.0 / 12 - 1.0 / 3, within(1e-12));
    EpisodeProjectionResult older = new EpisodeProjectionService().run(new EpisodeProjectionRequest(folder, 1, 3,
        new Scenario(-50, 0), "10-15"));
    assertThat(older.months().get(0).scenarioExpected()).isCloseTo(4 + 5.0 / 12, within(1e-12));
    assertThatThrownBy(() -> new EpisodeProjectionRequest(folder, 1, 3, new Scenario(-50, 0), "teen"))
        .isInstanceOf(UserError.class).hasMessageContaining("under_1");
  }

  @Test
  void agesAreWholeYearsOnTheDay() {
    int born = EpisodeFlows.key(uk.lacexplorer.episodes.parse.Dates.of(2008, 2, 29));
    assertThat(EpisodeFlows.age(born, 20260228)).isEqualTo(17);
    assertThat(EpisodeFlows.age(born, 20260301)).isEqualTo(18);
    assertThat(EpisodeFlows.age(born, 20280229)).isEqualTo(20);
    assertThat(EpisodeFlows.age(EpisodeFlows.key(uk.lacexplorer.episodes.parse.Dates.of(2010, 6, 15)), 20240614)).isEqualTo(13);
    assertThat(EpisodeFlows.age(EpisodeFlows.key(uk.lacexplorer.episodes.parse.Dates.of(2010, 6, 15)), 20240615)).isEqualTo(14);
    assertThat(CareStates.bandOfAge(18)).isEqualTo(-1);
    assertThat(CareStates.bandOfAge(0)).isZero();
  }

  @Test
  void aFolderWithoutEpisodesOrABadRequestIsOneClearLine() {
    assertThatThrownBy(() -> new EpisodeProjectionService().run(new EpisodeProjectionRequest(folder, 24, 24, Scenario.NONE)))
        .isInstanceOf(UserError.class).hasMessageContaining("episodes.csv");
    assertThatThrownBy(() -> new EpisodeProjectionRequest(folder, 0, 24, Scenario.NONE)).isInstanceOf(UserError.class);
    assertThatThrownBy(() -> new EpisodeProjectionRequest(folder, 24, 24, Scenario.fields("0", "0", "entry", "0")))
        .isInstanceOf(UserError.class).hasMessageContaining("neighbours");
  }
}
