package uk.lacexplorer.web.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.router.ParsedEndpoint;
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
import uk.lacexplorer.selfeval.Answer;
import uk.lacexplorer.selfeval.FrameworkJson;
import uk.lacexplorer.selfeval.IssuedInvitation;
import uk.lacexplorer.selfeval.NewRound;
import uk.lacexplorer.selfeval.PlanAction;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.Selfeval;
import uk.lacexplorer.store.Database;

/**
 * Every self-evaluation route the router lists (so a route added later is walked too), asked by a visitor without a
 * session and by a coordinator of another authority, with Torfaen's identifiers: the anonymous visitor is sent to
 * the login page (pages) or answered 401 (API, respondents' pages), the other coordinator gets 403/404 for anything
 * that names a Torfaen record; neither ever sees a Torfaen secret, and nothing of Torfaen's changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfevalRouteAccessTest {
  static final String SECRET = "Torfaen secret";
  @TempDir
  static Path folder;
  SelfevalServer server;
  Round open;
  Round closed;
  PlanAction action;
  long pending;

  @BeforeAll
  void start() {
    server = new SelfevalServer(folder, Database.inMemoryUrl("selfeval-routes-" + System.nanoTime()));
    var accounts = server.services().accounts();
    Account tor = accounts.create("tor", Role.COORDINATOR, TinyWales.TORFAEN, "torfaen coordinator password".toCharArray(), "test");
    accounts.create("card", Role.COORDINATOR, TinyWales.CARDIFF, "cardiff coordinator password".toCharArray(), "test");
    accounts.create("national", Role.VIEWER, null, "national viewer password".toCharArray(), "test");
    Selfeval selfeval = server.services().selfeval();
    LocalDate today = LocalDate.now();
    open = selfeval.rounds().create(tor, NewRound.standard(SECRET + " open round", today, today.plusDays(20),
        List.of("social_work")));
    closed = selfeval.rounds().create(tor, NewRound.standard(SECRET + " closed round", today, today.plusDays(20),
        List.of("health")));
    for (IssuedInvitation issued : selfeval.rounds().invite(tor, closed.id(), "health", 5, "")) {
      var invitation = selfeval.responses().open(issued.token());
      selfeval.responses().submit(invitation.id(), FrameworkJson.standard().characteristics().stream()
          .map(item -> new Answer(item.id(), "established", SECRET + " evidence")).toList());
    }
    selfeval.rounds().close(tor, closed.id());
    pending = selfeval.rounds().invite(tor, open.id(), "social_work", 1, "").get(0).invitation().id();
    action = selfeval.actions().add(tor, new ActionDraft(null, "A1", SECRET + " action", "Head of service", null,
        PlanAction.Status.PLANNED));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  /** One request to a route: its method, the path with Torfaen's identifiers, and whether it names a Torfaen record. */
  record Call(String method, String path, boolean namesTorfaen, boolean api, boolean respondent) {
    static Call of(ParsedEndpoint route, long roundId, long actionId, long invitationId) {
      String path = route.endpoint.path;
      boolean names = path.contains("{");
      String filled = path.replace("{token}", "A".repeat(43)).replace("{view}", "B".repeat(43))
          .replace("{invitation}", Long.toString(invitationId))
          .replace("{id}", Long.toString(path.contains("/plan/") || path.contains("/actions/") ? actionId : roundId));
      if (filled.endsWith("/progress") && !filled.contains("/rounds/")) {
        filled += "?earlier=" + roundId + "&later=" + roundId;
        names = true;
      }
      return new Call(route.endpoint.method.name(), filled, names, path.startsWith("/api/"),
          path.startsWith("/selfeval/respond"));
    }

    Browser.Page send(Browser browser, String csrf) {
      if (method.equals("GET")) return browser.get(path);
      if (api) return browser.json(method, path, "{\"version\":1,\"status\":\"done\",\"shared\":true}",
          csrf == null ? Map.of() : Map.of("X-CSRF-Token", csrf));
      return csrf == null ? browser.post(path, "version", "1") : browser.post(path, "_csrf", csrf, "version", "1");
    }
  }

  List<Call> selfevalRoutes() {
    List<Call> calls = server.javalin().unsafe.internalRouter.allHttpHandlers().stream()
        .filter(route -> route.endpoint.method.isHttpMethod())
        .filter(route -> route.endpoint.path.startsWith("/selfeval") || route.endpoint.path.startsWith("/api/v1/selfeval"))
        .map(route -> Call.of(route, closed.id(), action.id(), pending)).toList();
    assertThat(calls).as("self-evaluation routes in the router").hasSizeGreaterThanOrEqualTo(47);
    assertThat(calls).extracting(Call::path).allSatisfy(path -> assertThat(path).doesNotContain("{"));
    return calls;
  }

  @Test
  void aVisitorWithoutASessionIsRefusedOnEveryRoute() {
    Browser anonymous = server.browser();
    for (Call call : selfevalRoutes()) {
      Browser.Page page = call.send(anonymous, null);
      String what = call.method() + " " + call.path();
      if (call.path().startsWith("/selfeval/respond/")) {
        assertThat(page.status()).as(what).isEqualTo(404);
      } else if (call.api() || call.respondent()) {
        assertThat(page.status()).as(what).isEqualTo(401);
      } else {
        assertThat(page.status()).as(what).isEqualTo(302);
        assertThat(page.location()).as(what).startsWith("/login?next=");
      }
      assertThat(page.body()).as(what).doesNotContain(SECRET);
    }
    assertTorfaenUnchanged();
  }

  @Test
  void aCoordinatorOfAnotherAuthorityIsRefusedEveryTorfaenRecord() {
    Browser cardiff = server.browser().signIn("card", "cardiff coordinator password");
    String csrf = cardiff.get("/selfeval/rounds/new").csrf();
    int refused = 0;
    for (Call call : selfevalRoutes()) {
      Browser.Page page = call.send(cardiff, csrf);
      String what = call.method() + " " + call.path();
      assertThat(page.body()).as(what).doesNotContain(SECRET);
      assertThat(page.status()).as(what).isLessThan(500);
      if (call.respondent()) {
        assertThat(page.status()).as(what).isIn(401, 404);
      } else if (call.namesTorfaen()) {
        assertThat(page.status()).as(what).isIn(403, 404);
        refused++;
      }
    }
    assertThat(refused).as("routes naming a Torfaen record").isGreaterThanOrEqualTo(30);
    assertTorfaenUnchanged();
  }

  @Test
  void aNationalViewerIsRefusedUnsharedRoundsAndEveryChange() {
    Browser viewer = server.browser().signIn("national", "national viewer password");
    String csrf = viewer.get("/api/v1/selfeval/session").body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");
    for (Call call : selfevalRoutes()) {
      Browser.Page page = call.send(viewer, csrf);
      String what = call.method() + " " + call.path();
      assertThat(page.body()).as(what).doesNotContain(SECRET);
      if (call.namesTorfaen() && !call.respondent()) assertThat(page.status()).as(what).isIn(302, 403, 404);
      if (!call.method().equals("GET") && !call.respondent()) assertThat(page.status()).as(what).isIn(403, 404);
    }
    assertTorfaenUnchanged();
  }

  void assertTorfaenUnchanged() {
    Account tor = server.services().accounts().accounts().stream().filter(a -> a.username().equals("tor")).findFirst()
        .orElseThrow();
    Selfeval selfeval = server.services().selfeval();
    assertThat(selfeval.rounds().round(tor, open.id()).isOpen()).isTrue();
    assertThat(selfeval.rounds().round(tor, closed.id()).sharedNationally()).isFalse();
    assertThat(selfeval.rounds().round(tor, closed.id()).isOpen()).isFalse();
    assertThat(selfeval.rounds().round(tor, open.id()).title()).isEqualTo(SECRET + " open round");
    assertThat(selfeval.rounds().invitations(tor, open.id())).singleElement()
        .satisfies(link -> assertThat(link.revoked()).isFalse());
    assertThat(selfeval.rounds().rounds(tor)).hasSize(2);
    assertThat(selfeval.actions().plan(tor)).singleElement().satisfies(kept -> {
      assertThat(kept.description()).isEqualTo(SECRET + " action");
      assertThat(kept.version()).isEqualTo(1);
    });
  }
}
