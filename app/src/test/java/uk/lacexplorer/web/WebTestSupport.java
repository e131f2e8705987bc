package uk.lacexplorer.web;

import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.application.Application;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared set-up for web tests: one fixture database per test class, helpers to read answers. */
abstract class WebTestSupport {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<Class<?>, Application> SERVICES = new java.util.concurrent.ConcurrentHashMap<>();

  Application services() {
    return SERVICES.computeIfAbsent(getClass(), type -> WebFixture.services());
  }

  Javalin app() {
    return uk.lacexplorer.Wiring.web(services(), WebSettings.defaults());
  }

  static String body(Response response) {
    return response.body().string();
  }

  static JsonNode json(Response response) {
    return JSON.readTree(body(response));
  }

  static Response get(HttpClient client, String path, String... headers) {
    return client.get(path, request -> {
      for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
    });
  }
}
