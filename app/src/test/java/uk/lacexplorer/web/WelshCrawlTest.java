package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.measure.MeasureTexts;

/**
 * Welsh to the last word: crawls every page reachable from the start pages in Welsh (the language cookie), the
 * pages and API answers that refuse bad parameters ({@code ?lang=cy}), and fails on any phrase of the English
 * bundles (or the English text of a measure) that appears in the Welsh text a reader sees or hears (the body text,
 * the title, and the labels, titles, alternatives and chart labels in attributes). Values the same in both
 * languages, numbers and codes are not phrases; proper names marked {@code translate="no"} (the other language's
 * name of an authority, the titles of the source publications) and the language switch are left out.
 */
class WelshCrawlTest extends WebTestSupport {
  static final int LIMIT = 400;
  private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "\\s(?:aria-label|title|alt|placeholder|data-label-[a-z-]+)=\"([^\"]*)\"");
  /** Errors and pages that answer without a link to them: each must answer in Welsh too. */
  static final List<String> ERRORS = List.of("/?year=1900", "/?view=nonsense", "/?area=XYZ", "/area/XYZ",
      "/area?code=Atlantis", "/compare?covariates=nonsense", "/compare?year=1900", "/compare?family=linear",
      "/no-such-page", "/api/v1/rates?nation=wales&year=1900", "/api/v1/rates?nation=atlantis",
      "/api/v1/model?nation=wales&year=2022&covariates=nonsense", "/api/v1/trend?area=XYZ",
      "/api/v1/funnel?nation=wales&year=2022&limits=nonsense", "/api/v1/data?measure=nonsense",
      "/data/browse?measure=nonsense", "/api/v1/nowhere");

  /** English phrases that are names in Welsh text too (of publications and bodies), with why. */
  static final Set<String> NAMES = Set.of();

  @Test
  void everyMeasureHasItsTextsInWelsh() {
    assertThat(MeasureCatalogue.standard().all()).allSatisfy(measure -> {
      assertThat(MeasureTexts.hasWelsh(measure)).as(measure.id()).isTrue();
      assertThat(MeasureTexts.definition(measure, true)).as(measure.id()).isNotEqualTo(measure.definition());
    });
  }

  @Test
  void welshPagesShowNoEnglishPhrase() {
    Map<String, String> phrases = englishPhrases();
    assertThat(phrases).hasSizeGreaterThan(500);
    JavalinTest.test(app(), (server, client) -> {
      Deque<String> queue = new ArrayDeque<>(List.of("/", "/?nation=england", "/?view=adjusted", "/?area=W06000020",
          "/area", "/data", "/methods", "/compare", "/compare?nation=england", "/compare?nation=both",
          "/area/W06000020", "/area/E06000060", "/project", "/cascade"));
      Set<String> seen = new LinkedHashSet<>(queue);
      Map<String, List<String>> found = new TreeMap<>();
      while (!queue.isEmpty() && seen.size() <= LIMIT) {
        String path = queue.poll();
        var response = get(client, path, "Cookie", "lacx_lang=cy");
        String type = type(response);
        if (type == null || !type.startsWith("text/html")) continue;
        String html = body(response);
        check(path, visible(html), phrases, found);
        Matcher links = HREF.matcher(html);
        while (links.find()) {
          String link = links.group(1).replace("&amp;", "&");
          if (link.startsWith("/static/") || link.startsWith("/logout") || link.startsWith("/api/")
              || link.startsWith("/data/download/") || link.contains("/report") || link.contains("lang=en")
              || link.isEmpty()) {
            continue;
          }
          if (seen.add(link)) queue.add(link);
        }
      }
      for (String path : ERRORS) {
        var response = client.get(path + (path.contains("?") ? "&" : "?") + "lang=cy");
        assertThat(response.code()).as(path).isBetween(400, 499);
        String text = body(response);
        String type = type(response);
        check(path, type != null && type.startsWith("text/html") ? visible(text) : text, phrases, found);
        // words the bundles do not hold (a library's message) would pass the phrase check: the Welsh answer differs
        String english = body(client.get(path + (path.contains("?") ? "&" : "?") + "lang=en"));
        String said = type != null && type.startsWith("application/json") ? JSON.readTree(text).get("message").asString()
            : text.substring(text.indexOf("<main"));
        String saidInEnglish = type != null && type.startsWith("application/json")
            ? JSON.readTree(english).get("message").asString() : english.substring(english.indexOf("<main"));
        if (said.equals(saidInEnglish)) found.computeIfAbsent(path, each -> new ArrayList<>()).add("the same as in English");
      }
      assertThat(seen.size()).as("pages reached").isGreaterThan(30);
      assertThat(found).as("English phrases on Welsh pages (page -> phrase [key])").isEmpty();
    });
  }

  private static String type(io.javalin.testtools.Response response) {
    var types = response.headers().get("Content-Type");
    return types == null || types.isEmpty() ? null : types.get(0);
  }

  private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  private static void check(String path, String text, Map<String, String> phrases, Map<String, List<String>> found) {
    for (Map.Entry<String, String> phrase : phrases.entrySet()) {
      if (NAMES.contains(phrase.getKey()) || !text.contains(phrase.getKey())) continue;
      Matcher match = PATTERNS.computeIfAbsent(phrase.getKey(), piece -> Pattern.compile("(?<![\\p{L}\\d_])"
          + Pattern.quote(piece) + "(?![\\p{L}\\d_])")).matcher(text);
      if (match.find()) {
        List<String> list = found.computeIfAbsent(path, each -> new ArrayList<>());
        if (list.size() < 40) list.add(phrase.getKey() + " [" + phrase.getValue() + "]");
      }
    }
  }

  /** The text of a page a reader sees or hears: title, body text, labelling attributes; not lang="en" parts. */
  static String visible(String html) {
    String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ");
    text = text.replaceAll("(?s)<(\\w+)[^>]*\\s(?:translate=\"no\"|hreflang=\"en\")[^>]*>.*?</\\1>", " ");
    text = text.replaceAll("(?s)<span class=\"govuk-language-navigation__text\" lang=\"en\"[^>]*>.*?</span>", " ");
    StringBuilder attributes = new StringBuilder();
    Matcher attribute = ATTRIBUTE.matcher(text);
    while (attribute.find()) attributes.append(' ').append(attribute.group(1)).append(" ·");
    text = text.replaceAll("(?s)<[^>]*>", " · ") + attributes;
    return unescape(text).replaceAll("\\s+", " ");
  }

  static String unescape(String text) {
    return text.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&nbsp;", " ").replace("&amp;", "&");
  }

  /**
   * Phrase → where it comes from: each English bundle value that differs from its Welsh value, cut at its
   * placeholders and tags, and each measure's English label, period, definition and source; a piece counts when it
   * has at least two words, or one word of four letters or more.
   */
  static Map<String, String> englishPhrases() {
    Map<String, String> phrases = new TreeMap<>();
    StringBuilder welsh = new StringBuilder();
    for (String bundle : Messages.bundleNames()) {
      Properties cy = load("/i18n/" + bundle + "_cy.properties");
      for (String key : cy.stringPropertyNames()) welsh.append(' ').append(unescape(cy.getProperty(key))).append(" ·");
    }
    for (Measure measure : MeasureCatalogue.standard().all()) {
      welsh.append(' ').append(measure.label(true)).append(" · ").append(MeasureTexts.period(measure, true)).append(" · ")
          .append(MeasureTexts.definition(measure, true)).append(" · ").append(MeasureTexts.source(measure, true)).append(" ·");
    }
    for (String bundle : Messages.bundleNames()) {
      Properties en = load("/i18n/" + bundle + "_en.properties");
      Properties cy = load("/i18n/" + bundle + "_cy.properties");
      for (String key : en.stringPropertyNames()) {
        if (key.endsWith(".cli")) continue;
        String english = en.getProperty(key);
        if (english.equals(cy.getProperty(key))) continue;
        for (String piece : pieces(english)) phrases.putIfAbsent(piece, key);
      }
    }
    for (Measure measure : MeasureCatalogue.standard().all()) {
      for (String english : new String[] {measure.label(), measure.period(), measure.definition(), measure.source()}) {
        if (english == null || english.equals(measure.label(true))) continue;
        for (String piece : pieces(english)) phrases.putIfAbsent(piece, "measure " + measure.id());
      }
    }
    // a name or term that Welsh text uses as it is (StatsWales, JSON, Poisson, Breusch–Pagan) is not English
    phrases.keySet().removeIf(piece -> Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(piece) + "(?![\\p{L}\\d_])")
        .matcher(welsh).find());
    return phrases;
  }

  static List<String> pieces(String english) {
    List<String> pieces = new ArrayList<>();
    for (String part : unescape(english.replaceAll("<[^>]*>", "\u0000")).split("\\{\\d+}|\u0000|[;:()\\[\\]\"·|–—]")) {
      String piece = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
      if (piece.isEmpty() || !piece.matches(".*\\p{L}.*")) continue;
      String[] words = piece.split("\\s+");
      boolean letters = piece.replaceAll("[^\\p{L}]", "").length() >= 4;
      if (words.length >= 2 && letters || words.length == 1 && piece.matches("\\p{L}{4,}")) pieces.add(piece);
    }
    return pieces;
  }

  static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = WelshCrawlTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
