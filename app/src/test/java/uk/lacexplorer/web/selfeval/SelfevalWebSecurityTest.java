package uk.lacexplorer.web.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.account.TinyWales;
import uk.lacexplorer.selfeval.ActionDraft;
import uk.lacexplorer.selfeval.FrameworkJson;
import uk.lacexplorer.selfeval.IssuedInvitation;
import uk.lacexplorer.selfeval.NewRound;
import uk.lacexplorer.selfeval.PlanAction;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.Selfeval;
import uk.lacexplorer.store.Database;

/**
 * Authorisation through the pages and the API: nothing without a session, nothing of another authority (even by
 * guessing identifiers), no change without the CSRF token, no silent overwrite of an action plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfevalWebSecurityTest {
  static final String TOR_PASSWORD = "torfaen coordinator password";
  static final String CARD_PASSWORD = "cardiff coordinator password";
  static final String VIEW_PASSWORD = "national viewer password";
  @TempDir
  static Path folder;
  SelfevalServer server;
  Round torfaenRound;
  Round closedRound;
  PlanAction torfaenAction;

  @BeforeAll
  void start() {
    server = new SelfevalServer(folder, Database.inMemoryUrl("selfeval-security-" + System.nanoTime()));
    var accounts = server.services().accounts();
    Account tor = accounts.create("tor", Role.COORDINATOR, TinyWales.TORFAEN, TOR_PASSWORD.toCharArray(), "test");
    accounts.create("card", Role.COORDINATOR, TinyWales.CARDIFF, CARD_PASSWORD.toCharArray(), "test");
    accounts.create("national", Role.VIEWER, null, VIEW_PASSWORD.toCharArray(), "test");
    Selfeval selfeval = server.services().selfeval();
    LocalDate today = LocalDate.now();
    torfaenRound = selfeval.rounds().create(tor, NewRound.standard("Torfaen secret round", today, today.plusDays(20),
        List.of("social_work")));
    closedRound = selfeval.rounds().create(tor, NewRound.standard("Torfaen closed round", today, today.plusDays(20),
        List.of("health")));
    for (IssuedInvitation issued : selfeval.rounds().invite(tor, closedRound.id(), "health", 5, "")) {
      var invitation = selfeval.responses().open(issued.token());
      selfeval.responses().submit(invitation.id(), FrameworkJson.standard().characteristics().stream()
          .map(item -> new uk.lacexplorer.selfeval.Answer(item.id(), "established", "")).toList());
    }
    selfeval.rounds().close(tor, closedRound.id());
    torfaenAction = selfeval.actions().add(tor, new ActionDraft(null, "A1", "Torfaen secret action", "Head of service",
        null, PlanAction.Status.PLANNED));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  List<String> torfaenPages() {
    long id = torfaenRound.id();
    return List.of("/selfeval", "/selfeval/rounds/new", "/selfeval/rounds/" + id, "/selfeval/rounds/" + id + "/results",
        "/selfeval/rounds/" + closedRound.id() + "/results", "/selfeval/rounds/" + closedRound.id() + "/report",
        "/selfeval/rounds/" + closedRound.id() + "/results.csv", "/selfeval/plan", "/selfeval/plan/" + torfaenAction.id(),
        "/selfeval/progress?earlier=1&later=2", "/selfeval/rounds/999999");
  }

  @Test
  void pagesWithoutASessionRedirectToLoginAndShowNothing() {
    Browser anonymous = server.browser();
    for (String path : torfaenPages()) {
      Browser.Page page = anonymous.get(path);
      assertThat(page.status()).as(path).isEqualTo(302);
      assertThat(page.location()).as(path).startsWith("/login?next=");
      assertThat(page.body()).as(path).doesNotContain("Torfaen");
    }
    Browser.Page post = anonymous.post("/selfeval/rounds/" + torfaenRound.id() + "/close", "_csrf", "x");
    assertThat(post.status()).isEqualTo(302);
    assertThat(server.services().selfeval().rounds().round(account("tor"), torfaenRound.id()).isOpen()).isTrue();
  }

  @Test
  void apiWithoutASessionAnswers401Json() {
    Browser anonymous = server.browser();
    long id = closedRound.id();
    for (String path : List.of("/api/v1/selfeval/session", "/api/v1/selfeval/rounds", "/api/v1/selfeval/rounds/" + id,
        "/api/v1/selfeval/rounds/" + id + "/results", "/api/v1/selfeval/actions", "/api/v1/selfeval/framework")) {
      Browser.Page page = anonymous.get(path);
      assertThat(page.status()).as(path).isEqualTo(401);
      assertThat(page.body()).as(path).contains("\"status\":401").contains("\"error\":\"unauthorized\"").doesNotContain("Torfaen");
    }
    assertThat(anonymous.json("POST", "/api/v1/selfeval/rounds", "{}", Map.of()).status()).isEqualTo(401);
  }

  @Test
  void anotherAuthoritysCoordinatorGetsNotFoundForEveryGuessedIdentifier() {
    Browser cardiff = server.browser().signIn("card", CARD_PASSWORD);
    String csrf = cardiff.get("/selfeval/rounds/new").csrf();
    for (String path : torfaenPages().subList(2, torfaenPages().size())) {
      if (path.equals("/selfeval/plan") || path.startsWith("/selfeval/progress")) continue;
      Browser.Page page = cardiff.get(path);
      assertThat(page.status()).as(path).isEqualTo(404);
      assertThat(page.body()).as(path).doesNotContain("Torfaen secret");
    }
    for (long guess = 1; guess <= closedRound.id() + 3; guess++) {
      assertThat(cardiff.get("/selfeval/rounds/" + guess).status()).as("round " + guess).isEqualTo(404);
      assertThat(cardiff.get("/api/v1/selfeval/rounds/" + guess).status()).as("api round " + guess).isEqualTo(404);
      assertThat(cardiff.get("/api/v1/selfeval/rounds/" + guess + "/results").body()).doesNotContain("Torfaen");
    }
    assertThat(cardiff.get("/selfeval/plan").body()).doesNotContain("Torfaen secret");
    assertThat(cardiff.get("/api/v1/selfeval/rounds").body()).isEqualTo("[]");
    assertThat(cardiff.get("/api/v1/selfeval/actions").body()).isEqualTo("[]");
    assertThat(cardiff.get("/selfeval/progress?earlier=" + closedRound.id() + "&later=" + closedRound.id()).status()).isEqualTo(404);
    assertThat(cardiff.post("/selfeval/rounds/" + torfaenRound.id() + "/close", "_csrf", csrf).status()).isEqualTo(404);
    assertThat(cardiff.post("/selfeval/rounds/" + torfaenRound.id() + "/invitations", "_csrf", csrf, "group",
        "social_work", "count", "1").status()).isEqualTo(404);
    assertThat(cardiff.post("/selfeval/plan/" + torfaenAction.id(), "_csrf", csrf, "version", "1", "characteristic", "A1",
        "description", "Overwritten", "owner", "x", "status", "DONE").status()).isEqualTo(404);
    assertThat(cardiff.json("PUT", "/api/v1/selfeval/actions/" + torfaenAction.id(),
        "{\"characteristic_id\":\"A1\",\"description\":\"x\",\"owner\":\"x\",\"status\":\"done\",\"version\":1}",
        Map.of("X-CSRF-Token", csrf)).status()).isEqualTo(404);
    assertThat(server.services().selfeval().rounds().round(account("tor"), torfaenRound.id()).isOpen()).isTrue();
    assertThat(server.services().selfeval().actions().action(account("tor"), torfaenAction.id()).description())
        .isEqualTo("Torfaen secret action");
  }

  @Test
  void changesWithoutTheCsrfTokenAreRefused() {
    Browser torfaen = server.browser().signIn("tor", TOR_PASSWORD);
    String path = "/selfeval/rounds/" + torfaenRound.id() + "/invitations";
    assertThat(torfaen.post(path, "group", "social_work", "count", "1").status()).isEqualTo(403);
    assertThat(torfaen.post(path, "_csrf", "wrong", "group", "social_work", "count", "1").status()).isEqualTo(403);
    assertThat(torfaen.json("POST", "/api/v1/selfeval/rounds/" + torfaenRound.id() + "/invitations",
        "{\"group\":\"social_work\",\"count\":1}", Map.of()).status()).isEqualTo(403);
    String csrf = torfaen.get("/api/v1/selfeval/session").body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");
    Browser.Page created = torfaen.json("POST", "/api/v1/selfeval/rounds/" + torfaenRound.id() + "/invitations",
        "{\"group\":\"social_work\",\"count\":1}", Map.of("X-CSRF-Token", csrf));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).contains("/selfeval/respond/");
    Browser stranger = server.browser();
    assertThat(stranger.post("/login", "username", "tor", "password", TOR_PASSWORD).status()).isEqualTo(403);
    assertThat(stranger.post("/logout").status()).isEqualTo(403);
  }

  /** A sign-in with nothing typed says so in the summary and beside each field, in the page's language. */
  @Test
  void blankSignInMarksEachFieldInline() {
    Browser someone = server.browser();
    String token = someone.get("/login?lang=cy").body().replaceAll("(?s).*name=\"loginToken\" value=\"([^\"]+)\".*", "$1");
    Browser.Page blank = someone.post("/login", "loginToken", token, "username", "", "password", "");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("govuk-error-summary")
        .contains("<p id=\"username-error\" class=\"govuk-error-message\">").contains("Rhowch eich enw defnyddiwr")
        .contains("<p id=\"password-error\" class=\"govuk-error-message\">")
        .contains("aria-describedby=\"username-error\"").contains("govuk-input--error");
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteAndLogoutEndsIt() {
    Browser torfaen = server.browser();
    Browser.Page login = torfaen.get("/login");
    String token = login.body().replaceAll("(?s).*name=\"loginToken\" value=\"([^\"]+)\".*", "$1");
    Browser.Page signedIn = torfaen.post("/login", "loginToken", token, "next", "//evil.example/", "username", "tor",
        "password", TOR_PASSWORD);
    assertThat(signedIn.location()).isEqualTo("/selfeval");
    assertThat(signedIn.cookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("lacx_session=")
        .contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
    Browser.Page wrong = server.browser().post("/login", "loginToken", "", "username", "tor", "password", "nope");
    assertThat(wrong.status()).isEqualTo(403);
    String csrf = torfaen.get("/logout").csrf();
    assertThat(torfaen.post("/logout", "_csrf", csrf).location()).isEqualTo("/login?signedOut=1");
    assertThat(torfaen.get("/selfeval").status()).isEqualTo(302);
  }

  @Test
  void aStaleEditOfAnActionIsRefusedWithConflict() {
    Browser first = server.browser().signIn("tor", TOR_PASSWORD);
    PlanAction action = server.services().selfeval().actions().add(account("tor"), new ActionDraft(null, "D3",
        "Meet the family justice board", "Director", null, PlanAction.Status.PLANNED));
    String csrf = first.get("/selfeval/plan/" + action.id()).csrf();
    assertThat(first.post("/selfeval/plan/" + action.id(), "_csrf", csrf, "version", "1", "characteristic", "D3",
        "description", "Meet the family justice board quarterly", "owner", "Director", "status", "IN_PROGRESS").status())
        .isEqualTo(302);
    Browser.Page stale = first.post("/selfeval/plan/" + action.id(), "_csrf", csrf, "version", "1", "characteristic", "D3",
        "description", "Cancel it", "owner", "Someone", "status", "DROPPED");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("Someone else changed this action").contains("quarterly").contains("value=\"2\"");
    Browser.Page api = first.json("PUT", "/api/v1/selfeval/actions/" + action.id(),
        "{\"characteristic_id\":\"D3\",\"description\":\"x\",\"owner\":\"x\",\"status\":\"done\",\"version\":1}",
        Map.of("X-CSRF-Token", csrf));
    assertThat(api.status()).isEqualTo(409);
    assertThat(api.body()).contains("\"current_version\":2");
    assertThat(server.services().selfeval().actions().action(account("tor"), action.id()).description())
        .isEqualTo("Meet the family justice board quarterly");
  }

  @Test
  void nationalViewerSeesOnlySharedAggregates() {
    Browser viewer = server.browser().signIn("national", VIEW_PASSWORD);
    assertThat(viewer.get("/selfeval/rounds/" + closedRound.id() + "/results").status()).isEqualTo(404);
    Browser torfaen = server.browser().signIn("tor", TOR_PASSWORD);
    String csrf = torfaen.get("/selfeval/rounds/" + closedRound.id()).csrf();
    assertThat(torfaen.post("/selfeval/rounds/" + closedRound.id() + "/share", "_csrf", csrf, "shared", "true").status())
        .isEqualTo(302);
    Browser.Page results = viewer.get("/selfeval/rounds/" + closedRound.id() + "/results");
    assertThat(results.status()).isEqualTo(200);
    assertThat(results.body()).contains("Torfaen closed round").doesNotContain("/selfeval/respond/");
    assertThat(viewer.get("/selfeval").body()).contains("Torfaen closed round").doesNotContain("Torfaen secret round");
    assertThat(viewer.get("/selfeval/rounds/" + torfaenRound.id() + "/results").status()).isEqualTo(404);
    assertThat(viewer.get("/selfeval/plan").status()).isEqualTo(403);
    assertThat(viewer.get("/api/v1/selfeval/rounds/" + closedRound.id() + "/progress").status()).isEqualTo(403);
    assertThat(torfaen.post("/selfeval/rounds/" + closedRound.id() + "/share", "_csrf", csrf, "shared", "false").status())
        .isEqualTo(302);
    assertThat(viewer.get("/selfeval/rounds/" + closedRound.id() + "/results").status()).isEqualTo(404);
  }

  @Test
  void aRespondentSessionOpensNothingButItsQuestionnaire() {
    Browser respondent = server.browser();
    IssuedInvitation issued = server.services().selfeval().rounds().invite(account("tor"), torfaenRound.id(),
        "social_work", 1, "").get(0);
    assertThat(respondent.get(issued.path()).status()).isEqualTo(302);
    assertThat(respondent.get("/selfeval/respond").status()).isEqualTo(200);
    assertThat(respondent.get("/selfeval/rounds/" + torfaenRound.id()).status()).isEqualTo(302);
    assertThat(respondent.get("/api/v1/selfeval/rounds").status()).isEqualTo(401);
    assertThat(server.browser().get("/selfeval/respond").status()).isEqualTo(401);
    assertThat(server.browser().get("/selfeval/respond/" + "A".repeat(43)).status()).isEqualTo(404);
    Browser.Page noCsrf = respondent.post("/selfeval/respond", "action", "save", "answer-A1", "embedded");
    assertThat(noCsrf.status()).isEqualTo(403);
  }

  @Test
  void invitationLinksDownloadAsCsvSafeAgainstFormulas() {
    Browser torfaen = server.browser().signIn("tor", TOR_PASSWORD);
    String csrf = torfaen.get("/selfeval/rounds/" + torfaenRound.id()).csrf();
    Browser.Page csv = torfaen.post("/selfeval/rounds/" + torfaenRound.id() + "/invitations", "_csrf", csrf,
        "group", "social_work", "count", "2", "label", "=HYPERLINK(\"http://evil.example\")", "output", "csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.response().headers().firstValue("Cache-Control")).contains("no-store");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("round_id,group,label,link,expires_at");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).contains(",social_work,\"'=HYPERLINK(").contains("/selfeval/respond/");
  }

  @Test
  void frameworksApiAddsAnAdaptedVersionForOneAuthorityOnly() {
    Browser torfaen = server.browser().signIn("tor", TOR_PASSWORD);
    String csrf = torfaen.get("/api/v1/selfeval/session").body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");
    String adapted = FrameworkJson.write(FrameworkJson.standard()).replace("\"id\" : \"awhcs-2013\"", "\"id\" : \"torfaen-2025\"");
    Browser.Page added = torfaen.json("POST", "/api/v1/selfeval/frameworks", adapted, Map.of("X-CSRF-Token", csrf));
    assertThat(added.status()).isEqualTo(201);
    assertThat(torfaen.get("/api/v1/selfeval/frameworks").body()).contains("\"torfaen-2025\"");
    Browser.Page broken = torfaen.json("POST", "/api/v1/selfeval/frameworks", "{\"id\":\"x\"}", Map.of("X-CSRF-Token", csrf));
    assertThat(broken.status()).isEqualTo(400);
    Browser cardiff = server.browser().signIn("card", CARD_PASSWORD);
    assertThat(cardiff.get("/api/v1/selfeval/frameworks").body()).contains("awhcs-2013").doesNotContain("torfaen-2025");
  }

  Account account(String username) {
    return server.services().accounts().accounts().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
  }
}
