package uk.lacexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;

/** Each narrative rule in English and Welsh, on made-up statistics that put an authority on each side of it. */
class NarrativeTest {
  private final Narrative en = new Narrative(Messages.standard(), Lang.EN);
  private final Narrative cy = new Narrative(Messages.standard(), Lang.CY);

  @Test
  void higherThanTheNationOnlyBeyondThe998LimitOrWhenThe998IntervalSaysSo() {
    assertThat(en.againstNation("Torfaen", Nation.WALES, 189.8, 170.9, 210.2, 101.7, "above_998", "higher"))
        .contains("Torfaen's rate of 189.8", "(95% confidence interval 170.9 to 210.2)",
            "is higher than the Welsh rate of 101.7", "99.8% control limit");
    assertThat(cy.againstNation("Tor-faen", Nation.WALES, 189.8, 170.9, 210.2, 101.7, "above_998", "higher"))
        .contains("Mae cyfradd Tor-faen, sef 189.8", "(cyfwng hyder 95% 170.9 i 210.2)", "yn uwch na chyfradd Cymru, sef 101.7");
    // The 99.8% interval excludes the national rate although the funnel (on another denominator) says only 95%.
    assertThat(en.againstNation("Cardiff", Nation.WALES, 111.2, 103.8, 119.0, 101.7, "above_95", "higher"))
        .contains("is higher than the Welsh rate");
    assertThat(en.againstNation("Hartlepool", Nation.ENGLAND, 40.0, 30.0, 50.0, 70.0, "below_998", "lower"))
        .contains("is lower than the rate for England of 70.0");
    assertThat(cy.againstNation("Hartlepool", Nation.ENGLAND, 40.0, 30.0, 50.0, 70.0, "below_998", "lower"))
        .contains("yn is na chyfradd Lloegr, sef 70.0");
  }

  @Test
  void between95And998TheReportSaysChanceAndDoesNotCallItHigher() {
    String english = en.againstNation("Cardiff", Nation.WALES, 111.2, 103.8, 119.0, 101.7, "above_95", "similar");
    assertThat(english).contains("above the 95% control limit but within the 99.8% limit", "one authority in 20",
        "does not call it higher than the Welsh rate").doesNotContain("is higher than");
    String welsh = cy.againstNation("Caerdydd", Nation.WALES, 111.2, 103.8, 119.0, 101.7, "above_95", "similar");
    assertThat(welsh).contains("uwchlaw'r terfyn rheoli 95% ond o fewn y terfyn 99.8%",
        "nid yw'r adroddiad hwn yn dweud ei bod yn uwch na chyfradd Cymru");
    assertThat(en.againstNation("Powys", Nation.WALES, 87.4, 76.0, 100.0, 101.7, "below_95", "similar"))
        .contains("does not call it lower than the Welsh rate");
  }

  @Test
  void withinTheLimitsItCannotBeToldApart() {
    assertThat(en.againstNation("Newport", Nation.WALES, 93.0, 83.3, 103.6, 101.7, "within", "similar"))
        .contains("within the control limits", "cannot be told apart from the Welsh rate of 101.7")
        .doesNotContain("higher", "lower");
    // "oddi wrth" takes the soft mutation: cyfradd → gyfradd.
    assertThat(cy.againstNation("Casnewydd", Nation.WALES, 93.0, 83.3, 103.6, 101.7, "within", "similar"))
        .contains("o fewn y terfynau rheoli", "oddi wrth gyfradd Cymru, sef 101.7").doesNotContain("uwch", " is ");
  }

  @Test
  void trendsComeOnlyFromTheTrendTest() {
    List<Integer> five = List.of(2014, 2015, 2016, 2017, 2018);
    assertThat(en.trend("increasing", five, 6.24)).contains("Over the 5 years 2014 to 2018", "has risen", "6.2 per 10,000");
    assertThat(cy.trend("increasing", five, 6.24)).contains("Dros y pum mlynedd 2014 i 2018", "wedi codi", "6.2 fesul 10,000");
    assertThat(en.trend("decreasing", five, -3.0)).contains("has fallen", "3.0 per 10,000");
    assertThat(cy.trend("decreasing", five, -3.0)).contains("wedi gostwng");
    // Even a steep slope between the first and last year is no trend when the test says so.
    assertThat(en.trend("no_significant_change", five, 9.9)).contains("no significant change", "+9.9")
        .doesNotContain("risen");
    assertThat(cy.trend("no_significant_change", List.of(2016, 2017, 2018), 9.9))
        .contains("Dros y tair blynedd 2016 i 2018", "nid yw prawf y duedd ddiweddar yn canfod newid arwyddocaol");
    assertThat(en.trend("cannot_be_calculated", List.of(), null)).contains("too few");
    assertThat(cy.trend("cannot_be_calculated", List.of(), null)).contains("rhy ychydig");
  }

  @Test
  void needMoreOrFewerOnlyWhenTheIntervalExcludesOne() {
    assertThat(en.need("Torfaen", true, "WIMD", 2019, 365, 231.7, 1.57, 1.42, 1.75, "above_998"))
        .contains("Torfaen had 365 children looked after where about 232 were expected", "1.57", "1.42 to 1.75",
            "more than its need predicts", "above the 99.8% limit");
    assertThat(en.need("Flintshire", true, "WIMD", 2019, 215, 300, 0.72, 0.63, 0.82, "below_998"))
        .contains("fewer than its need predicts");
    assertThat(en.need("Rhondda Cynon Taf", true, "WIMD", 2019, 675, 638.3, 1.06, 0.98, 1.14, "within"))
        .contains("includes 1", "about as many as its need predicts").doesNotContain("more than", "fewer than");
    // "gan" takes the soft mutation of a Welsh place; an English name keeps its form.
    assertThat(cy.need("Caerdydd", true, "MALlC", 2019, 830, 700, 1.19, 1.1, 1.3, "above_998"))
        .contains("roedd gan Gaerdydd 830 o blant", "mwy nag y mae ei angen yn ei ragweld", "uwchlaw'r terfyn 99.8%");
    assertThat(cy.need("Bro Morgannwg", true, "MALlC", 2019, 245, 300, 0.82, 0.72, 0.93, null))
        .contains("roedd gan Fro Morgannwg", "llai nag");
    assertThat(cy.need("Birmingham", false, "IMD", 2019, 2000, 1990, 1.0, 0.95, 1.05, null))
        .contains("roedd gan Birmingham", "tua chymaint ag");
  }

  @Test
  void similarToNeighboursWhenEveryIntervalOverlaps() {
    Narrative.Interval own = new Narrative.Interval("A", 100, 120);
    List<Narrative.Interval> overlapping = List.of(new Narrative.Interval("B", 110, 130),
        new Narrative.Interval("C", 90, 101), new Narrative.Interval("D", 119, 140));
    assertThat(en.neighbours(own, overlapping, "wales")).contains("similar to those of its 3 statistical neighbours in Wales (B, C, D)");
    assertThat(cy.neighbours(own, overlapping, "wales")).contains("yn debyg i gyfraddau ei 3 cymydog ystadegol yng Nghymru (B, C, D)");
    List<Narrative.Interval> below = List.of(new Narrative.Interval("B", 50, 60), new Narrative.Interval("C", 70, 99));
    assertThat(en.neighbours(own, below, "both")).contains("higher than those of all 2 of its statistical neighbours across Wales and England");
    assertThat(cy.neighbours(own, below, "both")).contains("yn uwch na chyfraddau pob un o'i 2 cymydog ystadegol ar draws Cymru a Lloegr");
    List<Narrative.Interval> above = List.of(new Narrative.Interval("B", 121, 160));
    assertThat(en.neighbours(own, above, "england")).contains("lower than those of all 1 of its statistical neighbours in England");
    assertThat(cy.neighbours(own, above, "england")).contains("yn is na chyfraddau", "yn Lloegr");
  }

  @Test
  void mixedNeighboursAreCountedNotRanked() {
    Narrative.Interval own = new Narrative.Interval("A", 100, 120);
    List<Narrative.Interval> mixed = List.of(new Narrative.Interval("B", 110, 130), new Narrative.Interval("C", 50, 60),
        new Narrative.Interval("D", 61, 70), new Narrative.Interval("E", 70, 80), new Narrative.Interval("F", 130, 150));
    assertThat(en.neighbours(own, mixed, "wales")).contains("overlaps those of 1", "its rate is higher than 3 and lower than 1");
    assertThat(cy.neighbours(own, mixed, "wales"))
        .contains("yn gorgyffwrdd â chyfyngau 1 ohonynt", "mae ei gyfradd yn uwch na thri ohonynt ac yn is nag un ohonynt");
  }

  @Test
  void theProjectionIsWhatPresentRatesImplyNotATarget() {
    assertThat(en.projection("Cardiff", true, "2016–2018", 880.4, 2023, 800, 960))
        .contains("about 880 children looked after in Cardiff at 31 March 2023", "800 to 960", "not a target");
    assertThat(cy.projection("Caerdydd", true, "2016–2018", 880.4, 2023, 800, 960))
        .contains("tua 880 o blant sy'n derbyn gofal yng Nghaerdydd ar 31 Mawrth 2023", "nid targed");
    assertThat(cy.projection("Bro Morgannwg", true, "2016–2018", 300, 2023, 250, 350)).contains("ym Mro Morgannwg");
  }

  @Test
  void noMagicNumberAndNoLeagueTableWords() {
    assertThat(en.noTarget()).contains("no right number", "'magic number'", "target");
    assertThat(cy.noTarget()).contains("Nid oes nifer cywir", "'rhif hud'", "darged penodol");
    List<String> english = sentences(en, "Cardiff");
    List<String> welsh = sentences(cy, "Caerdydd");
    for (String sentence : english) {
      assertThat(sentence.toLowerCase(java.util.Locale.ROOT))
          .doesNotContainPattern("\\b(rank|ranked|ranking|league|best|worst|top|bottom|position in)\\b");
    }
    for (String sentence : welsh) {
      assertThat(sentence.toLowerCase(java.util.Locale.ROOT))
          .doesNotContainPattern("\\b(safle|gorau|gwaethaf|cynghrair)\\b").doesNotContain("??");
    }
  }

  private static List<String> sentences(Narrative n, String area) {
    List<String> all = new ArrayList<>();
    for (String position : List.of("above_998", "above_95", "within", "below_95", "below_998")) {
      for (String comparison : List.of("higher", "similar", "lower")) {
        all.add(n.againstNation(area, Nation.WALES, 100, 90, 110, 95, position, comparison));
      }
    }
    for (String direction : List.of("increasing", "decreasing", "no_significant_change", "cannot_be_calculated")) {
      all.add(n.trend(direction, List.of(2019, 2020, 2021, 2022, 2023), 1.0));
    }
    all.add(n.need(area, true, "x", 2019, 10, 10, 1, 0.5, 1.5, "within"));
    all.add(n.need(area, true, "x", 2019, 10, 5, 2, 1.5, 2.5, "above_998"));
    all.add(n.need(area, true, "x", 2019, 5, 10, 0.5, 0.3, 0.8, "below_998"));
    all.add(n.projection(area, true, "2019–2021", 10, 2026, 8, 12));
    all.add(n.noTarget());
    return all;
  }
}
