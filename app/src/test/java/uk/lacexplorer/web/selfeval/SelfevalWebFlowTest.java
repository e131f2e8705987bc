package uk.lacexplorer.web.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lacexplorer.account.AuditAction;
import uk.lacexplorer.account.AuditEvent;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.account.TestDatabases;
import uk.lacexplorer.account.TinyWales;
import uk.lacexplorer.selfeval.FrameworkJson;

/**
 * The whole flow through the web application, as people would use it: a coordinator signs in, opens a round and
 * creates links; respondents open them, save a draft, come back after a server restart, and submit once; the
 * coordinator closes the round and reads the results, report and CSV in English and Welsh. On H2 and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(TestDatabases.Kind.class)
class SelfevalWebFlowTest {
  static final Pattern LINK = Pattern.compile("(/selfeval/respond/[A-Za-z0-9_-]{43})");
  static final String PASSWORD = "torfaen coordinator password";

  @Parameter
  TestDatabases.Kind kind;
  @TempDir
  Path folder;
  SelfevalServer server;

  @BeforeEach
  void start() {
    server = new SelfevalServer(folder, TestDatabases.newUrl(kind));
    server.services().accounts().create("tor.coordinator", Role.COORDINATOR, TinyWales.TORFAEN, PASSWORD.toCharArray(), "test");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static List<String> answers(String csrf, String action, String point) {
    List<String> fields = new ArrayList<>(List.of("_csrf", csrf, "action", action));
    for (var item : FrameworkJson.standard().characteristics()) {
      fields.addAll(List.of("answer-" + item.id(), item.id().equals("A1") ? "embedded" : point, "evidence-" + item.id(), ""));
    }
    return fields;
  }

  @Test
  void createInviteRespondCloseAndReadResults() {
    Browser coordinator = server.browser();
    Browser.Page start = coordinator.get("/selfeval");
    assertThat(start.status()).isEqualTo(302);
    assertThat(start.location()).isEqualTo("/login?next=%2Fselfeval");
    coordinator.signIn("tor.coordinator", PASSWORD);

    String csrf = coordinator.get("/selfeval/rounds/new").csrf();
    String closes = LocalDate.now().plusDays(30).toString();
    Browser.Page created = coordinator.post("/selfeval/rounds", Browser.fields("_csrf", csrf, "title", "Spring <review>",
        "opens", LocalDate.now().toString(), "closes", closes, "groups", "social_work", "groups", "senior_leaders"));
    assertThat(created.status()).isEqualTo(302);
    String roundPath = created.location();
    assertThat(roundPath).matches("/selfeval/rounds/\\d+");
    Browser.Page round = coordinator.get(roundPath);
    assertThat(round.body()).contains("Spring &lt;review&gt;").doesNotContain("Spring <review>");

    Browser.Page made = coordinator.post(roundPath + "/invitations", "_csrf", csrf, "group", "social_work",
        "count", "5", "label", "Team A", "output", "page");
    assertThat(made.status()).isEqualTo(303);
    assertThat(made.location()).matches(roundPath + "/links/[A-Za-z0-9_-]{43}");
    Browser.Page invited = coordinator.follow(made);
    assertThat(invited.status()).isEqualTo(200);
    assertThat(invited.response().headers().firstValue("Cache-Control")).contains("no-store");
    List<String> links = new ArrayList<>();
    Matcher matcher = LINK.matcher(invited.body());
    while (matcher.find()) links.add(matcher.group(1));
    assertThat(links).hasSize(5).doesNotHaveDuplicates();
    assertThat(coordinator.get(roundPath).body()).doesNotContain(links.get(0));

    // The first respondent answers in Welsh, saves a draft, and comes back after a restart.
    Browser first = server.browser();
    Browser.Page opened = first.get(links.get(0) + "?lang=cy");
    assertThat(opened.status()).isEqualTo(302);
    assertThat(opened.location()).isEqualTo("/selfeval/respond");
    Browser.Page form = first.get("/selfeval/respond?lang=cy");
    assertThat(form.body()).contains("<html lang=\"cy\"").contains("Mae strategaeth benodol ar waith")
        .contains("Wedi ymwreiddio").contains("Gweithwyr cymdeithasol a'u rheolwyr").contains("Mai 2013");
    Browser.Page saved = first.follow(first.post("/selfeval/respond", "_csrf", form.csrf(), "action", "save",
        "answer-A1", "emerging", "evidence-A1", "Strategaeth ddrafft"));
    assertThat(saved.body()).contains("id=\"saved\"");

    server.restart();
    first = reconnect(first);
    Browser.Page resumed = first.get("/selfeval/respond?lang=cy");
    assertThat(resumed.status()).isEqualTo(200);
    assertThat(resumed.body()).contains("value=\"emerging\" checked").contains("Strategaeth ddrafft");
    Browser.Page incomplete = first.post("/selfeval/respond", "_csrf", resumed.csrf(), "action", "submit", "answer-A2", "embedded");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body()).contains("govuk-error-summary").contains("href=\"#answer-A3\"").contains("Dewiswch ateb ar gyfer A3");
    Browser.Page thanks = first.post("/selfeval/respond", answers(resumed.csrf(), "submit", "established"));
    assertThat(thanks.status()).isEqualTo(200);
    assertThat(thanks.body()).contains("id=\"thanks\"").contains("Diolch");
    assertThat(first.post("/selfeval/respond", answers(resumed.csrf(), "submit", "embedded")).status()).isIn(401, 410);
    assertThat(server.browser().get(links.get(0)).status()).isEqualTo(410);

    // Four more respondents answer in English.
    coordinator = reconnect(coordinator);
    for (String link : links.subList(1, 5)) {
      Browser respondent = server.browser();
      respondent.get(link);
      Browser.Page page = respondent.get("/selfeval/respond");
      assertThat(page.body()).contains("There is an explicit strategy").doesNotContain("??");
      assertThat(respondent.post("/selfeval/respond", answers(page.csrf(), "submit", "emerging")).status()).isEqualTo(200);
    }

    Browser.Page before = coordinator.get(roundPath + "/results");
    assertThat(before.status()).isEqualTo(409);
    String coordinatorCsrf = coordinator.get(roundPath).csrf();
    assertThat(coordinator.get(roundPath).body()).contains("data-column=\"submitted\">5<");
    Browser.Page asked = coordinator.post(roundPath + "/close", "_csrf", coordinatorCsrf);
    assertThat(asked.status()).as("closing without confirming asks first").isEqualTo(303);
    assertThat(asked.location()).isEqualTo(roundPath + "/close");
    assertThat(coordinator.get(roundPath + "/close").body()).contains("id=\"confirm-close\"");
    assertThat(coordinator.post(roundPath + "/close", "_csrf", coordinatorCsrf, "confirm", "yes").status()).isEqualTo(302);
    assertThat(server.browser().get(links.get(1)).status()).isEqualTo(410);

    Browser.Page results = coordinator.get(roundPath + "/results?lang=en");
    assertThat(results.status()).isEqualTo(200);
    // A1: all five chose embedded; B1: one established and four emerging.
    assertThat(results.body()).contains("Number of people who responded: 5.")
        .containsPattern("data-characteristic=\"A1\"[\\s\\S]*?data-column=\"share\">100%<")
        .containsPattern("data-characteristic=\"B1\"[\\s\\S]*?data-column=\"share\">20%<")
        .contains("id=\"figures\"").contains("no ‘magic number’").doesNotContain("??");
    Browser.Page welsh = coordinator.get(roundPath + "/results?lang=cy");
    assertThat(welsh.body()).contains("Nifer y bobl a ymatebodd: 5.").contains("Wedi'i sefydlu neu well")
        .contains("Tor-faen").contains("rif hud");
    Browser.Page report = coordinator.get(roundPath + "/report?lang=en");
    assertThat(report.body()).contains("Self-evaluation report: Spring &lt;review&gt;").contains("selfeval-report.css");
    Browser.Page csv = coordinator.get(roundPath + "/results.csv");
    assertThat(csv.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("round_id,authority_code,framework,row_type").contains(",A1,");
    assertThat(coordinator.get(roundPath + "/results.csv?lang=cy").body())
        .startsWith("rhif_rownd,cod_awdurdod,fframwaith,math_rhes,thema,nodwedd,testun,ymatebwyr");

    List<AuditEvent> audit = server.services().accounts().audit().recent(TinyWales.TORFAEN, 100);
    assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.LOGIN_SUCCEEDED, AuditAction.ROUND_CREATED,
        AuditAction.INVITATIONS_CREATED, AuditAction.RESPONSE_SUBMITTED, AuditAction.ROUND_CLOSED, AuditAction.EXPORTED);
  }

  /** The same person after the server restarted: their cookies still work because sessions live in the database. */
  private Browser reconnect(Browser before) {
    return before.onPort(server.port());
  }
}
