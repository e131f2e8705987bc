package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** The Compare page's change-against-change section: shown, or its refusal in the page's language. */
class ComparePageChangesTest extends WebTestSupport {

  @Test
  void aFactorWithOneEditionIsRefusedInWelshWithItsYears() {
    JavalinTest.test(app(), (server, client) -> {
      // the fixture's WIMD share has one edition (2019): there is no change to set against
      String html = body(client.get("/compare?nation=wales&year=2022&x=wimd_share_lsoas_30pct_most_deprived&from=2019&lang=cy"));
      assertThat(html).contains("Newid yn y gyfradd yn erbyn newid yn yr angen").contains("id=\"changes-refusal\"")
          .contains("2019");
      assertThat(html).contains("<option value=\"2019\" selected");
    });
  }

  @Test
  void theDefaultStartIsAnEarlierYearHeld() {
    JavalinTest.test(app(), (server, client) -> {
      String html = body(client.get("/compare?nation=wales&year=2022&x=wimd_share_lsoas_30pct_most_deprived"));
      // 2015 is not held by the fixture (2019-2023): its first year is offered instead
      assertThat(html).contains("id=\"changes\"").contains("<option value=\"" + WebFixture.FIRST_YEAR + "\" selected");
    });
  }
}
