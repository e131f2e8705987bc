package uk.lacexplorer.web.selfeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal browser for web tests: keeps cookies, never follows redirects (so tests see them), posts forms and JSON.
 * One instance per person.
 */
final class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"loginToken\" value=\"([^\"]+)\"");
  private final CookieManager cookies;
  private final HttpClient http;
  private final String origin;

  Browser(int port) {
    this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
  }

  private Browser(int port, CookieManager cookies) {
    this.cookies = cookies;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    this.origin = "http://localhost:" + port;
  }

  /** The same browser (same cookies) talking to a server on another port, e.g. after a restart. */
  Browser onPort(int port) {
    return new Browser(port, cookies);
  }

  record Page(int status, String body, HttpResponse<String> response) {
    String location() {
      return response.headers().firstValue("Location").orElse(null);
    }

    List<String> cookies() {
      return response.headers().allValues("Set-Cookie");
    }

    String csrf() {
      Matcher matcher = CSRF.matcher(body);
      if (!matcher.find()) throw new AssertionError("no CSRF field in page: " + body);
      return matcher.group(1);
    }
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
  }

  /** Follows a redirect (as a browser would after a form), or returns the page itself when it is none. */
  Page follow(Page page) {
    return page.status() / 100 == 3 && page.location() != null ? get(page.location()) : page;
  }

  Page post(String path, List<String> fields) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i + 1 < fields.size(); i += 2) {
      if (form.length() > 0) form.append('&');
      form.append(encode(fields.get(i))).append('=').append(encode(fields.get(i + 1)));
    }
    return send(HttpRequest.newBuilder(URI.create(origin + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  Page post(String path, String... fields) {
    return post(path, List.of(fields));
  }

  Page json(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return send(builder);
  }

  /** Signs in through the login form; fails the test if it does not work. */
  Browser signIn(String username, String password) {
    Page login = get("/login");
    Matcher matcher = LOGIN_TOKEN.matcher(login.body());
    if (!matcher.find()) throw new AssertionError("no login token");
    Page result = post("/login", "loginToken", matcher.group(1), "next", "/selfeval", "username", username,
        "password", password);
    if (result.status() != 302) throw new AssertionError("sign-in failed: " + result.status() + " " + result.body());
    return this;
  }

  static List<String> fields(Object... pairs) {
    List<String> list = new ArrayList<>();
    for (Object item : pairs) list.add(String.valueOf(item));
    return list;
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
