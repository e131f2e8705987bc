package uk.lacexplorer.web.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.account.TinyWales;
import uk.lacexplorer.selfeval.ActionDraft;
import uk.lacexplorer.selfeval.Answer;
import uk.lacexplorer.selfeval.FrameworkJson;
import uk.lacexplorer.selfeval.Invitation;
import uk.lacexplorer.selfeval.IssuedInvitation;
import uk.lacexplorer.selfeval.NewRound;
import uk.lacexplorer.selfeval.PlanAction;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.RoundService;
import uk.lacexplorer.selfeval.Selfeval;
import uk.lacexplorer.store.Database;

/**
 * The self-evaluation as a coordinator uses it, through the web application without JavaScript: withheld groups said
 * and explained, closing after a confirmation, changing, extending and reopening a round, revoking links, new links
 * through a language switch and as CSV, the questionnaire a theme at a time, the action plan's CSV, print styles,
 * overdue flags and edit conflicts, and the progress page refusing a round compared with itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfevalCoordinatorWebTest {
  static final String PASSWORD = "torfaen coordinator password";
  @TempDir
  static Path folder;
  SelfevalServer server;
  Account tor;

  @BeforeAll
  void start() {
    server = new SelfevalServer(folder, Database.inMemoryUrl("selfeval-coordinator-" + System.nanoTime()));
    tor = server.services().accounts().create("tor", Role.COORDINATOR, TinyWales.TORFAEN, PASSWORD.toCharArray(), "test");
    server.services().accounts().create("tor2", Role.COORDINATOR, TinyWales.TORFAEN, PASSWORD.toCharArray(), "test");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  Selfeval selfeval() {
    return server.services().selfeval();
  }

  Browser coordinator(String username) {
    return server.browser().signIn(username, PASSWORD);
  }

  Round round(String title, String... groups) {
    LocalDate today = LocalDate.now(RoundService.UK);
    return selfeval().rounds().create(tor, NewRound.standard(title, today, today.plusDays(20), List.of(groups)));
  }

  /** {@code count} people of a group submit {@code point} for A1 and "established" for everything else. */
  void respond(Round round, String group, int count, String point) {
    for (IssuedInvitation issued : selfeval().rounds().invite(tor, round.id(), group, count, "")) {
      Invitation invitation = selfeval().responses().open(issued.token());
      selfeval().responses().submit(invitation.id(), FrameworkJson.standard().characteristics().stream()
          .map(item -> new Answer(item.id(), item.id().equals("A1") ? point : "established", "")).toList());
    }
  }

  static List<String> links(String body) {
    List<String> links = new ArrayList<>();
    Matcher matcher = SelfevalWebFlowTest.LINK.matcher(body);
    while (matcher.find()) links.add(matcher.group(1));
    return links;
  }

  @Test
  void resultsSayWhichGroupsWereWithheldAndWhyAndStillCompareTheOthers() {
    Round round = round("Withheld", "senior_leaders", "social_work", "police", "health");
    respond(round, "senior_leaders", 7, "embedded");
    respond(round, "social_work", 6, "emerging");
    respond(round, "health", 5, "established");
    respond(round, "police", 2, "not_in_place");
    selfeval().rounds().close(tor, round.id());
    Browser browser = coordinator("tor");
    String english = browser.get("/selfeval/rounds/" + round.id() + "/results?lang=en").body();
    // Police (2) is too few everywhere; on A1 the answers differ, so health (5, the smallest other group) is withheld
    // too and leaders are still compared with social workers; elsewhere every answer is "established".
    assertThat(english).contains("Groups not shown on their own")
        .containsPattern("data-group=\"police\"[\\s\\S]*?data-column=\"too-few\">23<[\\s\\S]*?data-column=\"protecting\">0<")
        .containsPattern("data-group=\"health\"[\\s\\S]*?data-column=\"too-few\">0<[\\s\\S]*?data-column=\"protecting\">1<")
        .containsPattern("data-characteristic=\"A1\"[\\s\\S]*?Senior leaders[^<]*rate it 2[^<]*Social work[\\s\\S]*?"
            + "data-column=\"withheld\">Not shown on their own: Police \\(fewer than 5 ratings\\), Health \\(to protect a smaller group\\)<")
        .contains("id=\"protecting-note\"");
    String welsh = browser.get("/selfeval/rounds/" + round.id() + "/results?lang=cy").body();
    assertThat(welsh).contains("Grwpiau na ddangosir ar eu pen eu hunain").contains("(i ddiogelu grŵp llai)")
        .contains("(llai na 5 sgôr)").doesNotContain("Not shown on their own");
    String csv = browser.get("/selfeval/rounds/" + round.id() + "/results.csv").body();
    assertThat(csv).contains(",police:too_few;health:protects_small_group\r\n");
    String json = browser.get("/api/v1/selfeval/rounds/" + round.id() + "/results").body();
    assertThat(json).contains("\"withheld_groups\":[").contains("{\"group_id\":\"police\",\"reason\":\"TOO_FEW\"}");
  }

  /**
   * The profile's report link: signed in, the coordinator's report carries the round just closed (and is not kept by
   * the browser); the same link signed out, or for another authority's coordinator, does not.
   */
  @Test
  void theReportDownloadedWhileSignedInCarriesTheLatestClosedRound() {
    Round round = round("Report round", "social_work");
    respond(round, "social_work", 6, "embedded");
    selfeval().rounds().close(tor, round.id());
    String path = "/area/" + TinyWales.TORFAEN + "/report?lang=en&format=html";

    Browser.Page mine = coordinator("tor").get(path);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.body()).contains("id=\"selfeval\"").contains("\u201cReport round\u201d")
        .contains("Number of people who responded: 6.");
    assertThat(mine.response().headers().firstValue("Cache-Control").orElse("")).contains("no-store");

    Browser.Page anyone = server.browser().get(path);
    assertThat(anyone.status()).isEqualTo(200);
    assertThat(anyone.body()).doesNotContain("Report round").doesNotContain("id=\"selfeval\"")
        .contains("its results appear only in a report downloaded by the authority's coordinator");
    server.services().accounts().create("other", Role.COORDINATOR, "W06000015", PASSWORD.toCharArray(), "test");
    assertThat(coordinator("other").get(path).body()).doesNotContain("Report round")
        .contains("this authority has no closed round whose results you may read");
  }

  @Test
  void closingAsksFirstAndWorksWithoutJavaScript() {
    Round round = round("Confirm", "social_work");
    respond(round, "social_work", 3, "emerging");
    Browser browser = coordinator("tor");
    String roundPath = "/selfeval/rounds/" + round.id();
    Browser.Page page = browser.get(roundPath);
    assertThat(page.body()).contains("href=\"" + roundPath + "/close\"").contains("id=\"close-round\"");
    Browser.Page confirm = browser.get(roundPath + "/close?lang=en");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.body()).contains("Are you sure you want to close Confirm?")
        .contains("So far 3 people have submitted their answers").contains("name=\"confirm\" value=\"yes\"")
        .contains("id=\"confirm-close\"");
    assertThat(browser.get(roundPath + "/close?lang=cy").body()).contains("Ydych chi'n siŵr eich bod am gau Confirm?");
    Browser.Page unconfirmed = browser.post(roundPath + "/close", "_csrf", page.csrf());
    assertThat(unconfirmed.status()).isEqualTo(303);
    assertThat(unconfirmed.location()).isEqualTo(roundPath + "/close");
    assertThat(selfeval().rounds().round(tor, round.id()).isOpen()).isTrue();
    assertThat(browser.post(roundPath + "/close", "_csrf", page.csrf(), "confirm", "yes").status()).isEqualTo(302);
    assertThat(selfeval().rounds().round(tor, round.id()).isOpen()).isFalse();
    assertThat(browser.get(roundPath + "/close").location()).isEqualTo(roundPath);
  }

  @Test
  void editExtendReopenAndRevokeKeepingAnswersGivenBefore() {
    Round round = round("Spring", "social_work");
    String roundPath = "/selfeval/rounds/" + round.id();
    respond(round, "social_work", 5, "emerging");
    List<IssuedInvitation> spare = selfeval().rounds().invite(tor, round.id(), "social_work", 2, "spare");
    Browser browser = coordinator("tor");
    String csrf = browser.get(roundPath).csrf();

    // A bad closing date is said beside the field; nothing changes.
    Browser.Page bad = browser.post(roundPath + "/edit", "_csrf", csrf, "title", "Spring", "opens",
        round.opensOn().toString(), "closes", round.opensOn().minusDays(1).toString());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("id=\"closes-error\"").contains("govuk-error-summary");

    // Extend the round: a new title and a later closing date; its unused links now last until then.
    LocalDate later = round.closesOn().plusDays(10);
    Browser.Page edited = browser.post(roundPath + "/edit", "_csrf", csrf, "title", "Spring (extended)",
        "opens", round.opensOn().toString(), "closes", later.toString());
    assertThat(edited.status()).isEqualTo(303);
    assertThat(browser.follow(edited).body()).contains("Spring (extended)").contains("The round has been changed.");
    assertThat(selfeval().rounds().invitations(tor, round.id())).filteredOn(link -> !link.submitted())
        .hasSize(2).allSatisfy(link -> assertThat(link.expiresAt())
            .isEqualTo(later.plusDays(1).atStartOfDay(RoundService.UK).toInstant()));

    // Revoke one spare link: it answers 410 with a clear message; the other still opens.
    long revoked = spare.get(0).invitation().id();
    Browser.Page revoke = browser.post(roundPath + "/invitations/" + revoked + "/revoke", "_csrf", csrf);
    assertThat(revoke.status()).isEqualTo(303);
    assertThat(browser.follow(revoke).body()).contains("The link has been revoked.")
        .containsPattern("data-invitation=\"" + revoked + "\"[\\s\\S]*?data-column=\"link-status\">Revoked<");
    Browser.Page gone = server.browser().get(spare.get(0).path() + "?lang=en");
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.body()).contains("This link has been withdrawn by the person who sent it.");
    assertThat(server.browser().get(spare.get(0).path() + "?lang=cy").body()).contains("wedi'i thynnu'n ôl");
    assertThat(server.browser().get(spare.get(1).path()).status()).isEqualTo(302);
    // A submitted link cannot be revoked (409), and its answers stay.
    long used = selfeval().rounds().invitations(tor, round.id()).stream().filter(Invitation::submitted).findFirst()
        .orElseThrow().id();
    assertThat(browser.post(roundPath + "/invitations/" + used + "/revoke", "_csrf", csrf).status()).isEqualTo(409);

    // Close, then reopen until a new date: the unused link works again, and the five answers are still there.
    browser.post(roundPath + "/close", "_csrf", csrf, "confirm", "yes");
    assertThat(server.browser().get(spare.get(1).path()).status()).isEqualTo(410);
    assertThat(browser.get(roundPath).body()).contains("href=\"" + roundPath + "/reopen\"");
    Browser.Page reopenPage = browser.get(roundPath + "/reopen");
    assertThat(reopenPage.body()).contains("New closing date").contains("id=\"confirm-reopen\"");
    Browser.Page past = browser.post(roundPath + "/reopen", "_csrf", csrf, "closes",
        LocalDate.now(RoundService.UK).minusDays(1).toString());
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body()).contains("id=\"closes-error\"");
    LocalDate until = LocalDate.now(RoundService.UK).plusDays(40);
    assertThat(browser.post(roundPath + "/reopen", "_csrf", csrf, "closes", until.toString()).status()).isEqualTo(303);
    Round reopened = selfeval().rounds().round(tor, round.id());
    assertThat(reopened.isOpen()).isTrue();
    assertThat(reopened.closesOn()).isEqualTo(until);
    assertThat(server.browser().get(spare.get(1).path()).status()).isEqualTo(302);
    assertThat(server.browser().get(spare.get(0).path()).status()).as("revoked stays revoked").isEqualTo(410);
    browser.post(roundPath + "/close", "_csrf", csrf, "confirm", "yes");
    assertThat(selfeval().results().results(tor, round.id()).respondents()).isEqualTo(5);

    // The API does the same: extend by giving only a closing date.
    String apiCsrf = browser.get("/api/v1/selfeval/session").body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");
    Browser.Page reopenedByApi = browser.json("POST", "/api/v1/selfeval/rounds/" + round.id() + "/reopen",
        "{\"closes_on\":\"" + until + "\"}", java.util.Map.of("X-CSRF-Token", apiCsrf));
    assertThat(reopenedByApi.status()).isEqualTo(200);
    Browser.Page extended = browser.json("PUT", "/api/v1/selfeval/rounds/" + round.id(),
        "{\"closes_on\":\"" + until.plusDays(5) + "\"}", java.util.Map.of("X-CSRF-Token", apiCsrf));
    assertThat(extended.status()).isEqualTo(200);
    assertThat(extended.body()).contains("\"title\":\"Spring (extended)\"").contains("\"closes_on\":\"" + until.plusDays(5) + "\"");
  }

  @Test
  void newLinksSurviveALanguageSwitchAndDownloadAsCsvOnlyForTheirSession() {
    Round round = round("Links", "police");
    String roundPath = "/selfeval/rounds/" + round.id();
    Browser browser = coordinator("tor");
    String csrf = browser.get(roundPath).csrf();
    Browser.Page made = browser.post(roundPath + "/invitations", "_csrf", csrf, "group", "police", "count", "3",
        "label", "=cmd|' /C calc'!A0", "output", "page");
    assertThat(made.status()).isEqualTo(303);
    String view = made.location();
    Browser.Page english = browser.get(view + "?lang=en");
    List<String> shown = links(english.body());
    assertThat(shown).hasSize(3).doesNotHaveDuplicates();
    Browser.Page welsh = browser.get(view + "?lang=cy");
    assertThat(welsh.body()).contains("<html lang=\"cy\"").contains("Dolenni newydd");
    assertThat(links(welsh.body())).isEqualTo(shown);
    assertThat(welsh.body()).contains("href=\"" + view + "/csv\"");
    // The language switch of the Welsh page leads back to the same links in English.
    assertThat(welsh.body()).contains("href=\"" + view + "?lang=en\"");

    Browser.Page csv = browser.get(view + "/csv?lang=cy");
    assertThat(csv.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.response().headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("rhif_rownd,grŵp,nodyn,dolen,yn_dod_i_ben");
    assertThat(lines).hasSize(4);
    for (int i = 0; i < 3; i++) {
      assertThat(lines[i + 1]).startsWith(round.id() + ",police,'=cmd|' /C calc'!A0,").contains(shown.get(i));
    }
    assertThat(browser.get(view + "/csv?lang=en").body()).startsWith("round_id,group,label,link,expires_at\r\n");

    // Another coordinator of the same authority, or a made-up view, sees no links.
    Browser colleague = coordinator("tor2");
    Browser.Page theirs = colleague.get(view + "?lang=en");
    assertThat(theirs.status()).isEqualTo(410);
    assertThat(theirs.body()).contains("id=\"links-gone\"").doesNotContain(shown.get(0));
    assertThat(colleague.get(view + "/csv").body()).doesNotContain(shown.get(0));
    assertThat(browser.get(roundPath + "/links/" + "C".repeat(43)).body()).doesNotContain(shown.get(0));
    // The round page itself never shows them again.
    assertThat(browser.get(roundPath).body()).doesNotContain(shown.get(0));
  }

  @Test
  void theQuestionnaireShowsProgressAndSavesEachTheme() {
    Round round = round("Themes", "health");
    IssuedInvitation issued = selfeval().rounds().invite(tor, round.id(), "health", 1, "").get(0);
    Browser respondent = server.browser();
    respondent.get(issued.path());
    Browser.Page first = respondent.get("/selfeval/respond?lang=en");
    assertThat(first.body()).contains("Theme 1 of 5").contains("You have answered 0 of 23 characteristics.")
        .contains("name=\"theme\" value=\"A\"").contains("id=\"next\"").doesNotContain("id=\"submit\"")
        .contains("name=\"answer-A7\"").doesNotContain("name=\"answer-B1\"");
    List<String> themeA = new ArrayList<>(List.of("_csrf", first.csrf(), "theme", "A", "action", "next"));
    for (int i = 1; i <= 7; i++) themeA.addAll(List.of("answer-A" + i, "established", "evidence-A" + i, ""));
    themeA.set(themeA.indexOf("evidence-A2") + 1, "Board minutes, May");
    Browser.Page next = respondent.post("/selfeval/respond", themeA);
    assertThat(next.status()).isEqualTo(303);
    assertThat(next.location()).isEqualTo("/selfeval/respond?theme=B");
    Browser.Page second = respondent.follow(next);
    assertThat(second.body()).contains("Theme 2 of 5").contains("You have answered 7 of 23 characteristics.")
        .contains("id=\"previous\"").contains("name=\"answer-B1\"");
    // Saving theme B's two answers leaves theme A's seven as they were.
    Browser.Page saved = respondent.post("/selfeval/respond", "_csrf", second.csrf(), "theme", "B", "action", "save",
        "answer-B1", "emerging", "evidence-B1", "", "answer-B2", "dont_know", "evidence-B2", "");
    assertThat(saved.location()).isEqualTo("/selfeval/respond?theme=B&saved=1");
    assertThat(respondent.follow(saved).body()).contains("id=\"saved\"").contains("You have answered 9 of 23");

    // Leave and come back later with the same link: every theme's answers are there.
    Browser later = server.browser();
    later.get(issued.path());
    Browser.Page back = later.get("/selfeval/respond?theme=A&lang=cy");
    assertThat(back.body()).contains("Thema 1 o 5").contains("Rydych chi wedi ateb 9 o 23 nodwedd.")
        .contains("Board minutes, May").containsPattern("id=\"answer-A3-established\"[^>]*checked");
    assertThat(later.get("/selfeval/respond?theme=B").body()).containsPattern("id=\"answer-B1-emerging\"[^>]*checked");

    // Submitting from the last theme with gaps points to the first theme with a gap, the others by link.
    Browser.Page last = later.get("/selfeval/respond?theme=E&lang=en");
    assertThat(last.body()).contains("Theme 5 of 5").contains("id=\"submit\"");
    Browser.Page gaps = later.post("/selfeval/respond", "_csrf", last.csrf(), "theme", "E", "action", "submit",
        "answer-E1", "embedded", "evidence-E1", "", "answer-E2", "embedded", "evidence-E2", "");
    assertThat(gaps.status()).isEqualTo(400);
    assertThat(gaps.body()).contains("Theme 2 of 5").contains("href=\"#answer-B3\"")
        .contains("href=\"/selfeval/respond?theme=C#answer-C1\"").contains("id=\"answer-B3-error\"");
    assertThat(selfeval().responses().questionnaire(issued.invitation().id()).answered()).isEqualTo(11);
  }

  @Test
  void theActionPlanExportsPrintsFlagsOverdueActionsAndKeepsTextOnAConflict() {
    LocalDate today = LocalDate.now(RoundService.UK);
    PlanAction late = selfeval().actions().add(tor, new ActionDraft(null, "B2", "=HYPERLINK(\"http://x\")",
        "Head of service", today.minusDays(3), PlanAction.Status.IN_PROGRESS));
    PlanAction doneLate = selfeval().actions().add(tor, new ActionDraft(null, "C1", "Practice framework agreed",
        "Principal social worker", today.minusDays(30), PlanAction.Status.DONE));
    PlanAction future = selfeval().actions().add(tor, new ActionDraft(null, "A1", "Strategy refreshed", "Director",
        today.plusDays(30), PlanAction.Status.PLANNED));
    Browser browser = coordinator("tor");
    String plan = browser.get("/selfeval/plan?lang=en").body();
    assertThat(plan).containsPattern("data-action=\"" + late.id() + "\"[\\s\\S]*?data-overdue=\"yes\">Overdue<")
        .contains("Overdue actions: 1.").contains("href=\"/selfeval/plan.csv\"")
        .contains("<link rel=\"stylesheet\" href=\"/static/css/selfeval-print.css\" media=\"print\">");
    assertThat(plan.split("data-overdue=\"yes\"", -1)).hasSize(2);
    assertThat(browser.get("/selfeval/plan?lang=cy").body()).contains("Yn hwyr").contains("Lawrlwytho'r cynllun");
    String css = browser.get("/static/css/selfeval-print.css").body();
    assertThat(css).contains("@media print").contains(".lacx-no-print").contains(".govuk-template__header");

    String[] csv = browser.get("/selfeval/plan.csv?lang=en").body().split("\r\n");
    assertThat(csv[0]).isEqualTo("action_id,characteristic,characteristic_text,description,owner,due_on,action_status,"
        + "overdue,round_id,version,updated_at");
    assertThat(csv).hasSize(4);
    assertThat(String.join("\n", csv)).contains(late.id() + ",B2,").contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
        .contains("," + today.minusDays(3) + ",in_progress,yes,,1,")
        .contains("," + today.minusDays(30) + ",done,no,,1,").contains("," + today.plusDays(30) + ",planned,no,,1,");
    assertThat(browser.get("/selfeval/plan.csv?lang=cy").body()).startsWith("rhif_cam_gweithredu,nodwedd,testun_y_nodwedd,"
        + "cam_gweithredu,perchennog,dyddiad_terfyn,statws,yn_hwyr,rhif_rownd,fersiwn,diweddarwyd\r\n");

    // Two coordinators open the same action; the second to save gets their own text back beside what is saved.
    Browser colleague = coordinator("tor2");
    String mine = browser.get("/selfeval/plan/" + future.id()).csrf();
    String theirs = colleague.get("/selfeval/plan/" + future.id()).csrf();
    assertThat(colleague.post("/selfeval/plan/" + future.id(), "_csrf", theirs, "version", "1", "characteristic", "A1",
        "description", "Their strategy text", "owner", "Director", "due", today.plusDays(30).toString(),
        "status", "IN_PROGRESS", "round", "").status()).isEqualTo(302);
    Browser.Page conflict = browser.post("/selfeval/plan/" + future.id() + "?lang=en", "_csrf", mine, "version", "1",
        "characteristic", "A1", "description", "My carefully written <plan>", "owner", "Deputy director",
        "due", today.plusDays(45).toString(), "status", "PLANNED", "round", "");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body()).contains("your changes have not been saved yet")
        .contains(">My carefully written &lt;plan&gt;</textarea>").contains("value=\"Deputy director\"")
        .containsPattern("data-stored=\"description\">Their strategy text<")
        .contains("name=\"version\" value=\"2\"");
    assertThat(selfeval().actions().action(tor, future.id()).description()).isEqualTo("Their strategy text");
    assertThat(browser.post("/selfeval/plan/" + future.id(), "_csrf", mine, "version", "2", "characteristic", "A1",
        "description", "My carefully written <plan>", "owner", "Deputy director", "due", today.plusDays(45).toString(),
        "status", "PLANNED", "round", "").status()).isEqualTo(302);
    assertThat(selfeval().actions().action(tor, future.id()).description()).isEqualTo("My carefully written <plan>");
    assertThat(doneLate.overdue(today)).isFalse();
  }

  @Test
  void theProgressPageRefusesComparingARoundWithItself() {
    Round round = round("Alone", "education");
    respond(round, "education", 5, "emerging");
    selfeval().rounds().close(tor, round.id());
    Browser browser = coordinator("tor");
    Browser.Page english = browser.get("/selfeval/progress?earlier=" + round.id() + "&later=" + round.id() + "&lang=en");
    assertThat(english.status()).isEqualTo(400);
    assertThat(english.body()).contains("govuk-error-summary").contains("id=\"later-error\"")
        .contains("Choose two different rounds: a round cannot be compared with itself.").doesNotContain("id=\"comparison\"");
    Browser.Page welsh = browser.get("/selfeval/progress?earlier=" + round.id() + "&later=" + round.id() + "&lang=cy");
    assertThat(welsh.status()).isEqualTo(400);
    assertThat(welsh.body()).contains("Dewiswch ddwy rownd wahanol: ni ellir cymharu rownd â hi ei hun.");
    Browser.Page api = browser.get("/api/v1/selfeval/progress?earlier=" + round.id() + "&later=" + round.id() + "&lang=en");
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.body()).contains("choose two different rounds to compare");
  }
}
