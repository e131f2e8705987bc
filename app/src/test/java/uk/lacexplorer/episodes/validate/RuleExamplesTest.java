package uk.lacexplorer.episodes.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.Ssda903Fixture;
import uk.lacexplorer.episodes.parse.Dates;

/**
 * Every rule, table-driven: the clean fixture passes all rules, and for each rule one small change to it makes that
 * rule fail. The change is the whole example: a text replacement in one file.
 */
class RuleExamplesTest {
  @TempDir
  Path temp;

  record Example(String ruleId, String what, UnaryOperator<Ssda903Fixture> change, Integer onlyYear) {
    @Override
    public String toString() {
      return ruleId + ": " + what;
    }
  }

  static Example ex(String ruleId, String what, UnaryOperator<Ssda903Fixture> change) {
    return new Example(ruleId, what, change, null);
  }

  private static final String EP1 = "1,01/05/2020,S,C2,N1,U6,PR1,01/08/2020,X1,";
  private static final String EP2 = "1,01/08/2020,P,C2,N1,U4,PR4,01/02/2021,E4A,";
  private static final String EP3 = "2,10/04/2020,S,C1,N1,U6,PR1,10/10/2020,X1,";
  private static final String EP4 = "2,10/10/2020,U,E1,N1,A5,PR1,15/03/2021,E11,";
  private static final String H1 = "1,1,01/06/2010,WBRI,A123456789012,,";
  private static final String H3 = "3,2,01/01/2002,BAFR,B123456789012,1,01/01/2021";

  static Stream<Example> examples() {
    return Stream.of(
        ex("LX01", "blank child id", f -> f.replace("episodes.csv", EP3, EP3.replaceFirst("^2", ""))),
        ex("LX02", "child 1 twice in header", f -> f.append("header.csv", H1)),
        ex("LX03", "episodes of child 9 who has no header row", f -> f.append("episodes.csv",
            "9,01/05/2020,S,C2,N1,U6,PR1,,,,,,")),
        ex("EPI", "child 4 in header without episodes", f -> f.append("header.csv", "4,1,01/01/2015,WBRI,,,")),
        ex("LX04", "two-digit year", f -> f.replace("episodes.csv", "01/02/2021,E4A", "01/02/21,E4A")),
        ex("LX42", "ISO date", f -> f.replace("episodes.csv", "01/02/2021,E4A", "2021-02-01,E4A")),
        ex("LX05", "review of child 9 not in header", f -> f.append("reviews.csv", "9,01/06/2010,01/11/2020,PN1")),
        ex("LX06", "review gives another date of birth", f -> f.replace("reviews.csv", "1,01/06/2010", "1,02/06/2010")),
        ex("LX07", "two episodes start the same day", f -> f.append("episodes.csv",
            "2,10/04/2020,S,C1,N1,U6,PR1,10/04/2020,X1,,,,")),
        ex("101", "sex M before 2024-25", f -> f.replace("header.csv", H1, H1.replace("1,1,", "1,M,"))),
        ex("102", "date of birth 31 February", f -> f.replace("header.csv", H1, H1.replace("01/06/2010", "31/02/2010"))),
        ex("103", "ethnicity not a code", f -> f.replace("header.csv", "WBRI", "WHITE")),
        ex("LX08", "MOTHER 2", f -> f.replace("header.csv", H3, H3.replace(",1,01/01/2021", ",2,01/01/2021"))),
        ex("LX09", "mother without child's date of birth", f -> f.replace("header.csv", H3, H3.replace(",1,01/01/2021", ",1,"))),
        ex("LX10", "child's date of birth without MOTHER 1", f -> f.replace("header.csv", H1, H1 + "01/01/2021")),
        ex("LX11", "mother's child born before her", f -> f.replace("header.csv", H3, H3.replace("1,01/01/2021", "1,01/01/2001"))),
        ex("LX12", "male mother", f -> f.replace("header.csv", H3, H3.replace("3,2,", "3,1,"))),
        ex("LX13", "UPN too short", f -> f.replace("header.csv", "A123456789012", "A12345")),
        ex("141", "start date 38 April", f -> f.replace("episodes.csv", EP1, EP1.replace("01/05/2020", "38/04/2020"))),
        ex("LX14", "end date truncated", f -> f.replace("episodes.csv", "01/02/2021,E4A", "01/02/202,E4A")),
        ex("143", "RNE X", f -> f.replace("episodes.csv", EP2, EP2.replace(",P,", ",X,"))),
        ex("144", "legal status C9", f -> f.replace("episodes.csv", EP2, EP2.replace(",C2,", ",C9,"))),
        ex("145", "category of need N9", f -> f.replace("episodes.csv", EP2, EP2.replace(",N1,", ",N9,"))),
        ex("146", "placement K3 before 2024-25", f -> f.replace("episodes.csv", EP2, EP2.replace(",U4,", ",K3,"))),
        ex("178", "provider PR9", f -> f.replace("episodes.csv", EP2, EP2.replace(",PR4,", ",PR9,"))),
        ex("149", "historic reason E4 in 2020-21", f -> f.replace("episodes.csv", EP2, EP2.replace(",E4A,", ",E4,"))),
        ex("1009", "reason for placement change MOVE", f -> f.replace("episodes.csv", "CARPL", "MOVE")),
        ex("LX15", "blank category of need", f -> f.replace("episodes.csv", EP2, EP2.replace(",N1,", ",,"))),
        ex("148", "end date without reason", f -> f.replace("episodes.csv", EP2, EP2.replace(",E4A,", ",,"))),
        ex("356", "ends before it starts", f -> f.replace("episodes.csv", EP2, EP2.replace("01/02/2021", "01/07/2020"))),
        ex("LX16", "home postcode not a postcode", f -> f.replace("episodes.csv", "CARPL,AB1 2CD", "CARPL,NOWHERE")),
        ex("LX17", "URN ABC", f -> f.replace("episodes.csv", "1234567", "ABC")),
        ex("142", "earlier episode without reason ceased", f -> f.replace("episodes.csv", EP1, EP1.replace(",X1,", ",,"))),
        ex("501", "second episode starts before the first ends", f -> f.replace("episodes.csv", EP2,
            EP2.replace("1,01/08/2020", "1,01/07/2020"))),
        ex("388", "last episode ends with X1", f -> f.replace("episodes.csv", EP2, EP2.replace(",E4A,", ",X1,"))),
        ex("357", "first episode with RNE P", f -> f.replace("episodes.csv", EP1, EP1.replace(",S,", ",P,"))),
        ex("437", "episodes after death", f -> f.replace("episodes.csv", EP1, EP1.replace(",X1,", ",E2,"))),
        new Example("LX18", "episode starts after the collection period (--from 2020 --to 2020)", f -> f, 2020),
        ex("LX19", "episode ends after 31 March of the reporting year", f -> f.replace("episodes.csv", EP2,
            EP2.replace("01/02/2021", "01/05/2021"))),
        ex("352", "started at 19", f -> f.replace("header.csv", H1, H1.replace("01/06/2010", "01/06/2000"))),
        ex("LX20", "episode before birth", f -> f.replace("header.csv", H1, H1.replace("01/06/2010", "01/06/2020"))),
        ex("358", "remand (J1) at 9", f -> f.replace("episodes.csv", EP1, EP1.replace(",C2,", ",J1,"))),
        ex("386", "adopted at 21", f -> f.replace("header.csv", "2,2,15/03/2019", "2,2,15/03/2000")),
        ex("387", "independent living at 10", f -> f.replace("episodes.csv", EP2, EP2.replace(",E4A,", ",E5,"))),
        ex("389", "adult social care at 10", f -> f.replace("episodes.csv", EP2, EP2.replace(",E4A,", ",E7,"))),
        ex("407", "special guardianship at 20", f -> f.replace("episodes.csv", EP2, EP2.replace(",E4A,", ",E45,"))
            .replace("header.csv", H1, H1.replace("01/06/2010", "01/06/2000"))),
        ex("460", "staying put (E17) at 10", f -> f.replace("episodes.csv", EP2, EP2.replace(",E4A,", ",E17,"))),
        ex("363", "child assessment order for 92 days", f -> f.replace("episodes.csv", EP1, EP1.replace(",C2,", ",L3,"))),
        ex("361", "police protection for 92 days", f -> f.replace("episodes.csv", EP1, EP1.replace(",C2,", ",L1,"))),
        ex("362", "emergency protection order for 92 days", f -> f.replace("episodes.csv", EP1, EP1.replace(",C2,", ",L2,"))),
        ex("364", "PACE detention for 92 days", f -> f.replace("episodes.csv", EP1, EP1.replace(",C2,", ",J2,"))),
        ex("367", "short break of 92 days", f -> f.replace("episodes.csv", EP1, EP1.replace(",C2,", ",V3,"))),
        ex("LX21", "single short break of 20 days", f -> f.append("episodes.csv",
            "1,01/03/2021,S,V3,N2,U6,PR1,21/03/2021,E8,,,,")),
        ex("378", "placed with parents under section 20", f -> f.replace("episodes.csv", EP1,
            "1,01/05/2020,S,V2,N1,P1,PR0,01/08/2020,X1,")),
        ex("390", "adopted from foster care", f -> f.replace("episodes.csv", EP4, EP4.replace(",A5,", ",U6,"))),
        ex("527", "own provision in an NHS trust", f -> f.replace("episodes.csv", EP1, EP1.replace(",U6,PR1,", ",R2,PR1,"))),
        ex("528", "other authority's young offender institution", f -> f.replace("episodes.csv", EP1,
            EP1.replace(",U6,PR1,", ",R5,PR2,"))),
        ex("529", "other public provision of foster care", f -> f.replace("episodes.csv", EP1, EP1.replace(",U6,PR1,", ",U6,PR3,"))),
        ex("530", "private provision with parents", f -> f.replace("episodes.csv", EP2, EP2.replace(",U4,PR4,", ",P1,PR4,"))),
        ex("531", "voluntary provision with parents", f -> f.replace("episodes.csv", EP2, EP2.replace(",U4,PR4,", ",P1,PR5,"))),
        ex("550", "parents as provider of foster care", f -> f.replace("episodes.csv", EP2, EP2.replace(",U4,PR4,", ",U4,PR0,"))),
        ex("112", "date should be placed 32 January", f -> f.replace("ad1.csv", "01/09/2020,01/10/2020", "32/01/2020,01/10/2020")),
        ex("113", "date matched not a date", f -> f.replace("ad1.csv", "01/10/2020", "xx")),
        ex("114", "foster carers 2", f -> f.replace("ad1.csv", ",1,2,MF", ",2,2,MF")),
        ex("LX23", "three adopters", f -> f.replace("ad1.csv", ",1,2,MF", ",1,3,MF")),
        ex("LX24", "adopters' sex XY", f -> f.replace("ad1.csv", "MF", "XY")),
        ex("LX25", "adopters' legal status L9", f -> f.replace("ad1.csv", "L0", "L9")),
        ex("LX26", "single adopter counted as two", f -> f.replace("ad1.csv", "L0", "L3")),
        ex("115", "decision date 99/99/2020", f -> f.replace("placed_for_adoption.csv", "01/09/2020", "99/99/2020")),
        ex("116", "reversal date not a date", f -> f.replace("placed_for_adoption.csv", "01/09/2020,,", "01/09/2020,bad,RD1")),
        ex("119", "reversal date without reason", f -> f.replace("placed_for_adoption.csv", "01/09/2020,,", "01/09/2020,01/12/2020,")),
        ex("120", "reversal reason RD9", f -> f.replace("placed_for_adoption.csv", "01/09/2020,,", "01/09/2020,01/12/2020,RD9")),
        ex("522", "reversed before decided", f -> f.replace("placed_for_adoption.csv", "01/09/2020,,", "01/09/2020,01/08/2020,RD1")),
        ex("LX27", "decision before birth", f -> f.replace("placed_for_adoption.csv", "01/09/2020", "01/01/2019")),
        ex("LX28", "adoption details for child 1 who went home", f -> f.append("ad1.csv",
            "1,01/06/2010,01/09/2020,01/10/2020,1,2,MF,L0")),
        ex("LX29", "adoption without AD1 row", f -> f.replace("ad1.csv", "2,15/03/2019,01/09/2020,01/10/2020,1,2,MF,L0\n", "")),
        ex("180", "SDQ score 41", f -> f.replace("oc2.csv", ",12,", ",41,")),
        ex("LX30", "SDQ reason SDQ9", f -> f.replace("oc2.csv", ",12,,", ",,SDQ9,")),
        ex("LX31", "immunisations Y", f -> f.replace("oc2.csv", ",0,1,1,1,1,0,,", ",0,1,Y,1,1,0,,")),
        ex("LX33", "convicted at 8", f -> f.replace("oc2.csv", ",12,,0,", ",12,,1,")
            .replace("header.csv", H1, H1.replace("01/06/2010", "01/06/2012"))),
        ex("131", "in touch MAYBE", f -> f.replace("oc3.csv", "YES", "MAYBE")),
        ex("132", "activity blank", f -> f.replace("oc3.csv", ",F2,", ",,")),
        ex("133", "accommodation S1", f -> f.replace("oc3.csv", "D1", "S1")),
        ex("134", "adoption details for a care leaver", f -> f.append("ad1.csv", "3,01/01/2002,,,,,,")),
        ex("LX34", "review without date", f -> f.replace("reviews.csv", "01/11/2020", "")),
        ex("LX35", "review code PN9", f -> f.replace("reviews.csv", "PN1", "PN9")),
        ex("LX36", "review after leaving care", f -> f.replace("reviews.csv", "01/11/2020", "01/01/2022")),
        ex("1006", "missing type X", f -> f.replace("missing.csv", ",M,", ",X,")),
        ex("LX37", "missing without start", f -> f.replace("missing.csv", ",M,03/09/2020", ",M,")),
        ex("LX38", "missing end not a date", f -> f.replace("missing.csv", "05/09/2020", "5th Sept")),
        ex("567", "missing ends before it starts", f -> f.replace("missing.csv", "05/09/2020", "01/09/2020")),
        ex("574", "second missing period starts before the first ended", f -> f.replace("missing.csv", "10/09/2020", "04/09/2020")),
        ex("LX39", "missing after leaving care", f -> f.replace("missing.csv", "10/09/2020,11/09/2020", "10/03/2021,11/03/2021")),
        ex("631", "previous permanence P9", f -> f.replace("previous_permanence.csv", "Z1", "P9")),
        ex("LX40", "permanence date is a year only", f -> f.replace("previous_permanence.csv", "ZZ/05/2019", "2019")),
        ex("104", "UASC ceased date not a date", f -> f.replace("uasc.csv", "01/06/2028", "June 2028")),
        ex("LX41", "UASC ceased before birth", f -> f.replace("uasc.csv", "01/06/2028", "01/06/2000")));
  }

  private Set<String> failingRules(Ssda903Fixture fixture, Integer onlyYear) {
    Path folder = fixture.writeTo(temp.resolve("E06000001"));
    EpisodeService.Request request = new EpisodeService.Request(folder, null, onlyYear, onlyYear,
        EnumSet.of(EpisodeService.Work.VALIDATE), 1, new Dates(2030));
    List<Finding> findings = new EpisodeService().processOne(folder, request).findings();
    return findings.stream().map(finding -> finding.rule().id()).collect(Collectors.toSet());
  }

  @Test
  void cleanFixturePassesEveryRule() {
    assertThat(failingRules(Ssda903Fixture.clean(), null)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void eachRuleFailsOnItsExample(Example example) {
    assertThat(failingRules(example.change().apply(Ssda903Fixture.clean()), example.onlyYear()))
        .contains(example.ruleId());
  }

  @Test
  void everyRuleInTheCatalogueHasAnExample() {
    Set<String> covered = examples().map(Example::ruleId).collect(Collectors.toSet());
    Set<String> catalogue = RuleCatalogue.rules().stream().map(Rule::id).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrderElementsOf(catalogue);
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void everyRuleIsDocumented() {
    for (Rule rule : RuleCatalogue.rules()) {
      assertThat(rule.message()).as(rule.id()).endsWith(".");
      assertThat(rule.source()).as(rule.id()).isNotBlank();
      assertThat(rule.table()).as(rule.id()).isNotBlank();
      assertThat(rule.field()).as(rule.id()).isNotBlank();
    }
  }
}
