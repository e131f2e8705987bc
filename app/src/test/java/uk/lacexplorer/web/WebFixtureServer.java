package uk.lacexplorer.web;

/** Starts the web application on the fixture dataset, for looking at pages by hand: port from the first argument. */
public final class WebFixtureServer {
  private WebFixtureServer() {
  }

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    uk.lacexplorer.Wiring.web(WebFixture.services(), new WebSettings(true)).start("127.0.0.1", port);
  }
}
