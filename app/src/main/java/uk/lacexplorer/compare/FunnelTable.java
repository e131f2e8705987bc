package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;

/**
 * The one mapper of a {@link FunnelResult} to rows and JSON: the authorities (or, when the request asks for the
 * curve, the limits at 100 populations), the notes for people, and a JSON object with the dispersion, the points and
 * the curve.
 */
public final class FunnelTable {
  public static final List<Column> POINTS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.text("area_name_cy"), Column.text("nation"), Column.whole("count"), Column.whole("population_0_17"),
      Column.rate("rate_per_10000"), Column.rate("target_rate_per_10000"), Column.rate("limit95_lower"),
      Column.rate("limit95_upper"), Column.rate("limit998_lower"), Column.rate("limit998_upper"),
      Column.text("position"), Column.text("count_flag"));
  public static final List<Column> CURVE = List.of(Column.rate("population_0_17"), Column.rate("target_rate_per_10000"),
      Column.rate("limit95_lower"), Column.rate("limit95_upper"), Column.rate("limit998_lower"),
      Column.rate("limit998_upper"));

  private FunnelTable() {
  }

  public static Output output(FunnelResult result) {
    List<List<Object>> points = new ArrayList<>();
    for (FunnelResult.Point point : result.points()) {
      points.add(Output.row(point.areaCode(), point.areaName(), point.areaNameCy(), point.nation(), point.observed(),
          point.denominator(), point.ratePer10k(), point.targetRate(), point.lower95(), point.upper95(),
          point.lower998(), point.upper998(), point.position(), point.rounded() ? "rounded" : ""));
    }
    List<List<Object>> curve = new ArrayList<>();
    for (FunnelResult.CurvePoint point : result.curve()) {
      curve.add(Output.row(point.denominator(), result.pooledRatePer10k(), point.lower95(), point.upper95(),
          point.lower998(), point.upper998()));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("measure", result.measure());
    json.put("year", result.year());
    json.put("nations", result.nations());
    json.put("limits", result.limits());
    json.put("overdispersion", result.overdispersion());
    json.put("method", result.method());
    json.put("pooled_rate_per_10000", Numbers.round(result.pooledRatePer10k(), 4));
    json.put("published_rate_per_10000", Numbers.round(result.publishedRatePer10k(), 4));
    FunnelResult.Dispersion dispersion = result.dispersion();
    Map<String, Object> spread = new LinkedHashMap<>();
    spread.put("scale", dispersion.scale());
    spread.put("phi", Numbers.round(dispersion.phi(), 6));
    spread.put("tau2", Numbers.round(dispersion.tau2(), 8));
    spread.put("units", dispersion.units());
    spread.put("adjusted", dispersion.adjusted());
    json.put("dispersion", spread);
    json.put("denominators", result.denominators());
    json.put("excluded", result.excluded());
    json.put("points", Output.objects(POINTS, points));
    json.put("curve", Output.objects(CURVE, curve));
    boolean asCurve = result.request().curve();
    return new Output(asCurve ? CURVE : POINTS, asCurve ? curve : points, notes(result), json);
  }

  static List<String> notes(FunnelResult result) {
    List<String> notes = new ArrayList<>();
    String published = result.publishedRatePer10k() == null ? ""
        : " (the nation's published count over its population gives %.1f)".formatted(result.publishedRatePer10k());
    notes.add("Pooled rate p0 = %.2f per 10,000 over %d authorities (sum of counts / sum of populations)%s."
        .formatted(result.pooledRatePer10k(), result.points().size(), published));
    notes.add("Limits: " + result.method() + ".");
    FunnelResult.Dispersion dispersion = result.dispersion();
    notes.add("Overdispersion (%s scale, winsorised 10%%/90%%): phi = %.4f, tau2 = %.6f, N = %d; method %s; limits %s."
        .formatted(dispersion.scale(), dispersion.phi(), dispersion.tau2(), dispersion.units(), result.overdispersion(),
            dispersion.adjusted() ? "widened" : "not widened"));
    notes.add("Denominators used: " + String.join("; ", result.denominators()) + ".");
    for (String position : List.of("above_998", "above_95", "below_95", "below_998")) {
      List<FunnelResult.Point> points = result.at(position);
      if (!points.isEmpty()) {
        notes.add(position + ": " + points.stream().map(FunnelResult.Point::areaName).collect(Collectors.joining(", ")));
      }
    }
    if (!result.excluded().isEmpty()) notes.add("Left out: " + String.join(", ", result.excluded()) + ".");
    if (result.points().stream().anyMatch(FunnelResult.Point::rounded)) {
      notes.add("Counts flagged rounded were rounded to the nearest 5 at source, which matters most for small authorities.");
    }
    return notes;
  }
}
