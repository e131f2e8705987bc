package uk.lacexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.selfeval.Answer;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.FrameworkJson;
import uk.lacexplorer.selfeval.IssuedInvitation;
import uk.lacexplorer.selfeval.NewRound;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.RoundResults;
import uk.lacexplorer.selfeval.Selfeval;
import uk.lacexplorer.selfeval.Summary;

/**
 * The report's self-evaluation section: only a reader who may see a closed round's results gets it (the authority's
 * coordinator, a national viewer once the round is shared), it is the latest closed round, its figures are the results
 * service's, and what the results page withholds (fewer than 5 respondents) the report withholds too.
 */
class ReportSelfevalTest {
  static final String TORFAEN = "W06000020";
  static final String CARDIFF = "W06000015";
  private static Application app;
  private static Account torfaen;
  private static Account cardiff;
  private static Account viewer;
  private static Account admin;
  private static Round first;
  private static Round latest;
  private static Round small;

  @BeforeAll
  static void open() {
    app = ShippedReports.application();
    torfaen = app.accounts().create("tor-coordinator", Role.COORDINATOR, TORFAEN, "a long test password 1".toCharArray(), "test");
    cardiff = app.accounts().create("cardiff-coordinator", Role.COORDINATOR, CARDIFF, "a long test password 2".toCharArray(), "test");
    viewer = app.accounts().create("national-viewer", Role.VIEWER, null, "a long test password 3".toCharArray(), "test");
    admin = app.accounts().create("an-admin", Role.ADMIN, null, "a long test password 4".toCharArray(), "test");
    Selfeval selfeval = app.selfeval();
    LocalDate today = LocalDate.now(uk.lacexplorer.selfeval.RoundService.UK);
    first = round(selfeval, torfaen, "Autumn round", today, 6, id -> "emerging", 5, id -> "established");
    latest = round(selfeval, torfaen, "Spring round", today, 7,
        id -> id.startsWith("A") ? "embedded" : "established", 6, id -> id.startsWith("B") ? "not_in_place" : "emerging");
    small = round(selfeval, cardiff, "Small round", today, 3, id -> "embedded", 1, id -> "established");
  }

  @AfterAll
  static void close() {
    app.close();
  }

  /** A round of social workers and senior leaders, each answering every characteristic with one rating, then closed. */
  private static Round round(Selfeval selfeval, Account coordinator, String title, LocalDate today, int socialWorkers,
                             Function<String, String> theirs, int leaders, Function<String, String> leadersRating) {
    Round round = selfeval.rounds().create(coordinator, NewRound.standard(title, today.minusDays(1), today.plusDays(20),
        List.of("social_work", "senior_leaders")));
    respond(selfeval, coordinator, round, "social_work", socialWorkers, theirs);
    respond(selfeval, coordinator, round, "senior_leaders", leaders, leadersRating);
    return selfeval.rounds().close(coordinator, round.id());
  }

  private static void respond(Selfeval selfeval, Account coordinator, Round round, String group, int count,
                              Function<String, String> rating) {
    for (IssuedInvitation issued : selfeval.rounds().invite(coordinator, round.id(), group, count, "")) {
      long invitation = selfeval.responses().open(issued.token()).id();
      List<Answer> answers = new ArrayList<>();
      for (Framework.Characteristic item : FrameworkJson.standard().characteristics()) {
        answers.add(new Answer(item.id(), rating.apply(item.id()), ""));
      }
      selfeval.responses().submit(invitation, answers);
    }
  }

  private static ReportResult report(String area, Lang lang, Account reader) {
    return app.report().run(new ReportRequest(area, null, lang, ReportFormat.HTML), reader);
  }

  @Test
  void theCoordinatorsReportHasTheLatestClosedRoundWithTheResultsServicesFigures() {
    ReportResult result = report(TORFAEN, Lang.EN, torfaen);
    RoundResults expected = app.selfeval().results().results(torfaen, latest.id());
    assertThat(result.selfeval()).isEqualTo(expected);
    assertThat(result.selfeval().round().id()).isEqualTo(latest.id()).isNotEqualTo(first.id());
    assertThat(result.gaps()).noneMatch(gap -> gap.startsWith(ReportResult.SELFEVAL_GAP));

    String html = ReportHtml.render(result, Messages.standard());
    assertThat(html).contains("<h2 id=\"selfeval\">Self-evaluation: the latest closed round</h2>")
        .contains("The round \u201cSpring round\u201d closed on " + date(expected, "en"))
        .contains("Number of people who responded: 13.");
    // 13 people rated every characteristic: theme A has 7 "embedded" and 6 "emerging" answers per characteristic, so
    // its middle rating is "Embedded" (the 7th of 13) and 7/13 = 54% are established or better.
    assertThat(expected.themes().get("A").median()).isEqualTo(4.0);
    assertThat(row(html, "selfeval-themes", "A. ")).contains("<td>Embedded</td><td>54%</td>");
    // Theme B: 7 "established", 6 "not in place": the middle (7th) rating is established, 54% established or better.
    assertThat(row(html, "selfeval-themes", "B. ")).contains("<td>Established</td><td>54%</td>");
    Summary overall = expected.overall();
    assertThat(html).contains("the middle rating was \u201c" + label(overall.median()) + "\u201d, and "
        + Math.round(overall.shareEstablishedOrBetter() * 100) + "% of the ratings were established or better");
    // Senior leaders rate every characteristic lower than social workers: the widest gaps are listed.
    assertThat(expected.flagged()).isNotEmpty();
    assertThat(html).contains("Where groups disagree most").contains("(Social workers and their managers rate it");
    // Every characteristic in the appendix table, with the results service's share.
    for (var item : expected.items()) {
      assertThat(html).contains(">" + item.characteristicId() + " ");
    }
    assertThat(html).contains(expected.framework().noTarget(false));
  }

  @Test
  void noOneElseSeesTheRoundUntilItIsShared() {
    ReportResult anonymous = report(TORFAEN, Lang.EN, null);
    assertThat(anonymous.selfeval()).isNull();
    assertThat(anonymous.gaps()).contains("report.gap.selfeval.signedOut");
    String html = ReportHtml.render(anonymous, Messages.standard());
    assertThat(html).doesNotContain("Spring round").doesNotContain("id=\"selfeval\"")
        .contains("its results appear only in a report downloaded by the authority's coordinator");

    for (Account other : List.of(cardiff, admin, viewer)) {
      ReportResult seen = report(TORFAEN, Lang.EN, other);
      assertThat(seen.selfeval()).as(other.username()).isNull();
      assertThat(seen.gaps()).contains("report.gap.selfeval.none").doesNotContain("report.gap.selfeval.signedOut");
      assertThat(ReportHtml.render(seen, Messages.standard())).doesNotContain("Spring round");
    }

    app.selfeval().rounds().share(torfaen, first.id(), true);
    try {
      // Shared: the national viewer sees the shared round (not the later one, which stays private); Cardiff does not.
      assertThat(report(TORFAEN, Lang.EN, viewer).selfeval().round().id()).isEqualTo(first.id());
      assertThat(report(TORFAEN, Lang.EN, cardiff).selfeval()).isNull();
    } finally {
      app.selfeval().rounds().share(torfaen, first.id(), false);
    }
  }

  @Test
  void aRoundOfFewerThanFiveRespondentsShowsNoFigures() {
    ReportResult result = report(CARDIFF, Lang.EN, cardiff);
    assertThat(result.selfeval().round().id()).isEqualTo(small.id());
    assertThat(result.selfeval().overall().suppressed()).isTrue();
    String html = ReportHtml.render(result, Messages.standard());
    String section = html.substring(html.indexOf("id=\"selfeval\""), html.indexOf("id=\"notshown\""));
    assertThat(section).contains("Number of people who responded: 4.")
        .contains("Fewer than 5 people responded, so no figures are shown").doesNotContain("%")
        .doesNotContain("selfeval-themes").doesNotContain("Embedded");
    assertThat(html).doesNotContain("ratings of each characteristic");
  }

  @Test
  void inWelshTheSectionIsWrittenInWelshAndThePdfCarriesIt() throws Exception {
    ReportResult result = report(TORFAEN, Lang.CY, torfaen);
    String html = ReportHtml.render(result, Messages.standard());
    assertThat(html).contains("Hunanwerthuso: y rownd ddiweddaraf a gaewyd")
        .contains("Caeodd y rownd \u201cSpring round\u201d ar " + date(result.selfeval(), "cy"))
        .contains("Nifer y bobl a ymatebodd: 13.").contains("Lle mae grwpiau'n anghytuno fwyaf");
    ReportResult pdf = app.report().run(new ReportRequest(TORFAEN, null, Lang.CY, ReportFormat.PDF), torfaen);
    byte[] bytes = ReportDocument.of(pdf, Messages.standard()).bytes();
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Hunanwerthuso: y rownd ddiweddaraf a gaewyd").contains("Nifer y bobl a ymatebodd: 13.");
    }
  }

  @Test
  void theCommandTakesTheReaderFromAsAndRefusesAnUnknownName(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("torfaen.html");
    ShippedReports.lacx(app, "report", "--area", TORFAEN, "--as", "tor-coordinator", "--out",
        file.toString());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Spring round")
        .contains("Number of people who responded: 13.");
    Path without = folder.resolve("public.html");
    ShippedReports.lacx(app, "report", "--area", TORFAEN, "--out", without.toString());
    assertThat(Files.readString(without, StandardCharsets.UTF_8)).doesNotContain("Spring round");
    assertThatThrownBy(() -> ShippedReports.lacx(app, "report", "--area", TORFAEN, "--as", "nobody-here", "--out",
        folder.resolve("x.html").toString())).hasMessageContaining("There is no account called \"nobody-here\"");
    assertThat(folder.resolve("x.html")).doesNotExist();
  }

  private static String row(String html, String table, String start) {
    String body = html.substring(html.indexOf("id=\"" + table + "\""));
    body = body.substring(0, body.indexOf("</table>"));
    int at = body.indexOf("<th scope=\"row\">" + start);
    assertThat(at).as(start + " in " + table).isPositive();
    return body.substring(at, body.indexOf("</tr>", at));
  }

  private static String label(double median) {
    Framework framework = FrameworkJson.standard();
    int low = (int) Math.floor(median);
    String lower = framework.point(low).label(false);
    return median == low ? lower : lower + " to " + framework.point(low + 1).label(false);
  }

  private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> MONTHS_CY = List.of("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
      "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr");

  /** The day the round closed (UK time), written out by hand with each language's month names. */
  private static String date(RoundResults results, String lang) {
    LocalDate day = results.round().closedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
    List<String> months = lang.equals("cy") ? MONTHS_CY : MONTHS_EN;
    return day.getDayOfMonth() + " " + months.get(day.getMonthValue() - 1) + " " + day.getYear();
  }
}
