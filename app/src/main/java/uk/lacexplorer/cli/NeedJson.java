package uk.lacexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.lacexplorer.stats.regression.Coefficient;

/** JSON pieces the need commands share (snake_case keys; the web can reuse them). */
final class NeedJson {
  private NeedJson() {
  }

  static Map<String, Object> coefficient(Coefficient c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", c.name());
    json.put("estimate", c.estimate());
    json.put("se", c.se());
    json.put("ci95_lower", c.ci95Lower());
    json.put("ci95_upper", c.ci95Upper());
    json.put("p", c.p());
    return json;
  }

  static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
