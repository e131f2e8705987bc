package uk.lacexplorer.need;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.lacexplorer.stats.regression.Coefficient;

/** JSON pieces the need mappers share (snake_case keys). */
final class NeedJson {
  private NeedJson() {
  }

  static Map<String, Object> coefficient(Coefficient c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", c.name());
    json.put("estimate", finite(c.estimate()));
    json.put("se", finite(c.se()));
    json.put("ci95_lower", finite(c.ci95Lower()));
    json.put("ci95_upper", finite(c.ci95Upper()));
    json.put("p", finite(c.p()));
    return json;
  }

  static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  /** Three or five decimals for a note, "-" for NaN. */
  static String text(double value, int places) {
    if (!Double.isFinite(value)) return "-";
    return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
