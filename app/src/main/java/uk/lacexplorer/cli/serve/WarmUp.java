package uk.lacexplorer.cli.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.Nation;

/** Serves the most visited pages once, on loopback, before the server listens (see {@link ServeCommand}). */
final class WarmUp {
  private WarmUp() {
  }

  /** The overview of each nation and the first authority's profile in each; a page that fails is left alone. */
  static void pages(int port, Application services) {
    List<String> paths = new ArrayList<>(List.of("/", "/?nation=england"));
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      List<Area> authorities = services.store().areas().localAuthorities(nation);
      if (!authorities.isEmpty()) paths.add("/area/" + authorities.get(0).code().value());
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (String path : paths) {
      try {
        client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding());
      } catch (java.io.IOException e) {
        // a page that cannot be warmed is served cold
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
