package uk.lacexplorer.web.compare;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import uk.lacexplorer.web.Formats;
import uk.lacexplorer.web.Page;

/**
 * The analyses' JSON (exactly what the API and the command line give) written for people in the page's language.
 * Each view is a list of rows of already formatted cells, plus a few headline figures.
 */
final class Views {
  private Views() {
  }

  static String number(Page page, JsonNode node, int places) {
    return node == null || node.isNull() ? "" : page.format().number(node.asDouble(), places);
  }

  /** A p-value: "< 0.001" below a thousandth, otherwise three decimals. */
  static String p(Page page, JsonNode node) {
    if (node == null || node.isNull()) return "";
    double value = node.asDouble();
    return value < 0.001 ? page.text("compare.pBelow", page.format().number(0.001, 3)) : page.format().number(value, 3);
  }

  static String interval(Page page, JsonNode lower, JsonNode upper, int places) {
    if (lower == null || lower.isNull() || upper == null || upper.isNull()) return "";
    return page.text("rates.interval", number(page, lower, places), number(page, upper, places));
  }

  static String name(Page page, NameLookup names, JsonNode code, JsonNode fallback) {
    return names.name(code.asString(), fallback == null ? code.asString() : fallback.asString(), page.welsh());
  }

  static ScatterView scatter(Page page, NameLookup names, JsonNode json) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode point : json.get("points")) {
      rows.add(List.of(point.get("area_code").asString(), name(page, names, point.get("area_code"), point.get("area_name")),
          number(page, point.get("x"), 1), number(page, point.get("rate_per_10000"), 1), number(page, point.get("fitted"), 1),
          number(page, point.get("residual"), 1), number(page, point.get("studentised_residual"), 2)));
    }
    JsonNode slope = json.get("slope");
    return new ScatterView(number(page, slope.get("estimate"), 2), interval(page, slope.get("ci95_lower"), slope.get("ci95_upper"), 2),
        p(page, slope.get("p")), number(page, json.get("r_squared"), 2), p(page, json.get("breusch_pagan").get("p")),
        json.get("x_year").asInt(), json.get("n").asInt(), rows);
  }

  static FunnelView funnel(Page page, NameLookup names, JsonNode json) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode point : json.get("points")) {
      rows.add(List.of(point.get("areaCode").asString(), name(page, names, point.get("areaCode"), point.get("areaName")),
          page.format().count(point.get("observed").asDouble()), number(page, point.get("denominator"), 0),
          number(page, point.get("ratePer10k"), 1), interval(page, point.get("lower95"), point.get("upper95"), 1),
          interval(page, point.get("lower998"), point.get("upper998"), 1),
          page.text("funnel.position." + point.get("position").asString())));
    }
    JsonNode dispersion = json.get("dispersion");
    return new FunnelView(number(page, json.get("pooledRatePer10k"), 1), number(page, dispersion.get("phi"), 2),
        dispersion.get("adjusted").asBoolean(), rows);
  }

  static ModelView model(Page page, NameLookup names, JsonNode json) {
    List<List<String>> coefficients = new ArrayList<>();
    for (JsonNode coefficient : json.get("coefficients")) {
      coefficients.add(List.of(coefficient.get("name").asString(), number(page, coefficient.get("estimate"), 4),
          number(page, coefficient.get("se"), 4), interval(page, coefficient.get("ci95_lower"), coefficient.get("ci95_upper"), 4),
          p(page, coefficient.get("p"))));
    }
    List<List<String>> areas = new ArrayList<>();
    for (JsonNode area : json.get("areas")) {
      areas.add(List.of(area.get("area_code").asString(), name(page, names, area.get("area_code"), area.get("area_name")),
          page.format().count(area.get("observed").asDouble()), number(page, area.get("expected"), 1),
          number(page, area.get("ratio"), 2), interval(page, area.get("ratio_ci95_lower"), area.get("ratio_ci95_upper"), 2)));
    }
    JsonNode theta = json.get("theta");
    return new ModelView(json.get("family").asString(), theta == null || theta.isNull() ? "" : number(page, theta, 2),
        page.format().number(100 * json.get("deviance_explained").asDouble(), 1), number(page, json.get("aic"), 1),
        coefficients, areas);
  }

  static List<List<String>> pairs(Page page, NameLookup names, JsonNode json) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode pair : json) {
      if (!pair.get("differs").asBoolean()) continue;
      rows.add(List.of(name(page, names, pair.get("higher_code"), pair.get("higher_name")), number(page, pair.get("higher_rate"), 1),
          name(page, names, pair.get("lower_code"), pair.get("lower_name")), number(page, pair.get("lower_rate"), 1),
          number(page, pair.get("rate_ratio"), 2), interval(page, pair.get("ratio_ci95_lower"), pair.get("ratio_ci95_upper"), 2),
          number(page, pair.get("need_distance"), 2), p(page, pair.get("q"))));
    }
    return rows;
  }

  static List<List<String>> clusters(Page page, NameLookup names, JsonNode json) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode cluster : json.get("kmeans").get("clusters")) {
      List<String> members = new ArrayList<>();
      for (JsonNode code : cluster.get("area_codes")) members.add(names.name(code.asString(), code.asString(), page.welsh()));
      members.sort(java.text.Collator.getInstance(page.lang().locale()));
      rows.add(List.of(String.valueOf(cluster.get("cluster").asInt()), page.format().integer(cluster.get("size").asInt()),
          number(page, cluster.get("pooled_rate_per_10000"), 1),
          page.text("rates.interval", number(page, cluster.get("min_rate_per_10000"), 1), number(page, cluster.get("max_rate_per_10000"), 1)),
          String.join(", ", members)));
    }
    return rows;
  }

  static String silhouette(Page page, JsonNode json) {
    return number(page, json.get("kmeans").get("mean_silhouette"), 2);
  }

  static Formats formats(Page page) {
    return page.format();
  }
}
