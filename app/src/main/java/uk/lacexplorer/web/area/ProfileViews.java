package uk.lacexplorer.web.area;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import uk.lacexplorer.web.Page;

/** The JSON of the trend, funnel, model and neighbours commands for one authority, formatted for its profile. */
final class ProfileViews {
  private ProfileViews() {
  }

  static String number(Page page, JsonNode node, int places) {
    return node == null || node.isNull() || node.isMissingNode() ? "" : page.format().number(node.asDouble(), places);
  }

  static String interval(Page page, JsonNode lower, JsonNode upper, int places) {
    String low = number(page, lower, places);
    String high = number(page, upper, places);
    return low.isEmpty() || high.isEmpty() ? "" : page.text("rates.interval", low, high);
  }

  static TrendView trend(Page page, JsonNode json) {
    List<List<String>> rows = new ArrayList<>();
    JsonNode years = json.get("years");
    for (int i = years.size() - 1; i >= 0; i--) {
      JsonNode year = years.get(i);
      boolean hasRate = !year.path("ratePer10k").isNull() && !year.path("ratePer10k").isMissingNode();
      List<String> notes = new ArrayList<>();
      for (String flag : year.path("countFlag").asString("").split(";")) {
        if (!flag.isBlank()) notes.add(page.text("flag." + flag));
      }
      if ("estimated_denominator".equals(year.path("denominatorFlag").asString(""))) {
        notes.add(page.text("rates.populationOf", year.path("populationYear").asString("")));
      }
      String comparison = year.path("comparison95").asString("");
      rows.add(List.of(year.get("year").asString(), year.path("count").isNull() ? page.text("rates.noValue")
              : page.format().count(year.path("count").asDouble()), number(page, year.get("population"), 0),
          hasRate ? number(page, year.get("ratePer10k"), 1) : page.text("rates.noValue"),
          interval(page, year.get("lower95"), year.get("upper95"), 1), number(page, year.get("nationalRatePer10k"), 1),
          comparison.isEmpty() ? "" : page.text("profile.comparison." + comparison), String.join("; ", notes)));
    }
    List<List<String>> events = new ArrayList<>();
    for (JsonNode event : json.path("events")) {
      events.add(List.of(event.path("date").asString(""), event.path("type").asString("").toLowerCase(java.util.Locale.ROOT),
          event.path("label").asString("") + (event.path("judgement").asString("").isBlank() ? ""
              : " (" + event.path("judgement").asString("") + ")")));
    }
    List<String> latest = rows.isEmpty() ? List.of("", "", "", "", "", "", "", "") : rows.get(0);
    String direction = json.path("trend").path("direction").asString("");
    return new TrendView(rows, latest.get(0), latest.get(3), latest.get(4), latest.get(1), latest.get(6),
        direction.isEmpty() ? "" : page.text("profile.direction." + direction), events);
  }

  /** "Within the 95% limits" and so on, or "" when the authority is not among the funnel's points. */
  static String funnel(Page page, JsonNode json, String code) {
    for (JsonNode point : json.get("points")) {
      if (point.get("areaCode").asString().equals(code)) {
        return page.text("profile.funnelPosition", page.text("funnel.position." + point.get("position").asString()),
            number(page, point.get("ratePer10k"), 1), number(page, json.get("pooledRatePer10k"), 1));
      }
    }
    return "";
  }

  static String ratio(Page page, JsonNode json, String code) {
    for (JsonNode area : json.get("areas")) {
      if (area.get("area_code").asString().equals(code)) {
        return page.text("profile.ratioValue", number(page, area.get("ratio"), 2),
            interval(page, area.get("ratio_ci95_lower"), area.get("ratio_ci95_upper"), 2),
            page.format().count(area.get("observed").asDouble()), number(page, area.get("expected"), 1));
      }
    }
    return "";
  }

  static NeighboursView neighbours(Page page, JsonNode json, NameLookup names) {
    JsonNode summary = json.get("summary");
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode neighbour : json.get("neighbours")) {
      String code = neighbour.get("area_code").asString();
      rows.add(List.of(code, names.name(code, neighbour.get("area_name").asString(), page.welsh()),
          number(page, neighbour.get("distance"), 2), number(page, neighbour.get("rate_per_10000"), 1)));
    }
    String text = page.text("profile.neighboursSummary", number(page, json.get("rate_per_10000"), 1),
        page.text("neighbours.position." + summary.get("position").asString()), number(page, summary.get("median"), 1),
        String.valueOf(rows.size()));
    return new NeighboursView(text, rows);
  }
}
