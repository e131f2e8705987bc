package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every internal link works: from the start pages, in each language, follows every {@code href} on the site's own
 * pages (breadth first, each address once) and fails on any that does not answer 200 or a redirect. Bounded: at most
 * {@link #LIMIT} addresses per language, so it ends in seconds on the fixture.
 */
class LinkCrawlTest extends WebTestSupport {
  static final int LIMIT = 400;
  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");

  @ParameterizedTest
  @ValueSource(strings = {"en", "cy"})
  void everyInternalLinkAnswers(String lang) {
    JavalinTest.test(app(), (server, client) -> {
      Deque<String> queue = new ArrayDeque<>(List.of("/", "/?nation=england", "/area", "/data", "/methods", "/compare",
          "/compare?nation=england", "/area/W06000020", "/area/E06000060"));
      Set<String> seen = new LinkedHashSet<>(queue);
      List<String> broken = new ArrayList<>();
      String cookie = "lacx_lang=" + lang;
      while (!queue.isEmpty() && seen.size() <= LIMIT) {
        String path = queue.poll();
        var response = client.get(path, request -> request.header("Cookie", cookie));
        int code = response.code();
        if (code != 200 && (code < 300 || code >= 400)) {
          broken.add(path + " -> " + code);
          continue;
        }
        var types = response.headers().get("Content-Type");
        String type = types == null || types.isEmpty() ? null : types.get(0);
        if (type == null || !type.startsWith("text/html")) continue;
        Matcher links = HREF.matcher(response.body().string());
        while (links.find()) {
          String link = links.group(1).replace("&amp;", "&");
          if (link.startsWith("/static/") || link.startsWith("/logout") || link.isEmpty()) continue;
          if (seen.add(link)) queue.add(link);
        }
      }
      assertThat(broken).as("links that do not answer, " + lang).isEmpty();
      assertThat(seen.size()).as("pages reached").isGreaterThan(20);
    });
  }
}
