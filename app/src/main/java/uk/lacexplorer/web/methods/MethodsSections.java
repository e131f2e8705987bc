package uk.lacexplorer.web.methods;

import java.util.List;

/** The sections of the Methods page, in order; each has {@code methods.KEY.heading} and {@code .body} in the bundles. */
public final class MethodsSections {
  public static final List<String> ALL = List.of("rate", "interval", "rank", "denominator", "suppression", "flags",
      "trend", "funnel", "scatter", "model", "moderators", "joint", "neighbours", "pairs", "clusters", "cascade", "projection",
      "report",
      "terms");

  private MethodsSections() {
  }
}
