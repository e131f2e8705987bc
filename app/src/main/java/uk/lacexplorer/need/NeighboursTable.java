package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.stats.peers.PeerComparison;

/**
 * The one mapper of statistical neighbours: the neighbours of the set asked for, or (with sensitivity) one row per
 * neighbour set; JSON with every set.
 */
public final class NeighboursTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.decimals("distance", 6, 3), Column.rate("rate_per_10000"));
  public static final List<Column> SENSITIVITY = List.of(Column.text("variant"), Column.whole("k"),
      Column.text("distance"), Column.text("neighbours"), Column.rate("rate_per_10000"),
      Column.rate("neighbours_median"), Column.rate("neighbours_min"), Column.rate("neighbours_max"),
      Column.decimals("ratio_to_median", 4, 2), Column.text("position"));

  public static final List<Column> ACROSS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.rate("rate_per_10000"), Column.text("neighbours"), Column.rate("neighbours_median"),
      Column.decimals("ratio_to_median", 4, 2), Column.text("position"));

  private NeighboursTable() {
  }

  /** Every Welsh authority with its nearest English authorities (both nations, no area): one row each. */
  public static Output acrossTheBorder(List<NeighbourSet> sets) {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> json = new ArrayList<>();
    for (NeighbourSet set : sets) {
      PeerComparison c = set.comparison();
      rows.add(Output.row(set.authority().code().value(), set.authority().name(), c.rate(),
          String.join("; ", set.neighbours().stream().map(n -> n.authority().name()).toList()), c.median(),
          c.ratioToMedian(), describe(c.position())));
      json.add(json(set));
    }
    List<String> notes = new ArrayList<>();
    if (!sets.isEmpty()) {
      notes.add("Each Welsh authority's %d nearest English authorities: %s distance on z-scores (over both nations) of %s."
          .formatted(sets.get(0).k(), sets.get(0).metric(), String.join(", ", sets.get(0).covariates())));
      long above = sets.stream().filter(set -> set.comparison().rate() >= set.comparison().median()).count();
      notes.add("%d of %d Welsh authorities are at or above their English neighbours' median rate.".formatted(above, sets.size()));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("sets", json);
    return new Output(ACROSS, rows, notes, answer);
  }

  public static Output output(List<NeighbourSet> sets, boolean sensitivity) {
    List<Object> json = new ArrayList<>();
    for (NeighbourSet set : sets) json.add(json(set));
    if (sensitivity) return sensitivity(sets).withJson(json);
    NeighbourSet set = sets.get(0);
    List<String> notes = new ArrayList<>();
    notes.add("%s: %s per 10,000; neighbours' median %s (range %s to %s): %s, %s times the median."
        .formatted(set.authority().name(), NeedJson.text(set.authority().ratePer10000(), 1),
            NeedJson.text(set.comparison().median(), 1), NeedJson.text(set.comparison().minimum(), 1),
            NeedJson.text(set.comparison().maximum(), 1), describe(set.comparison().position()),
            NeedJson.text(set.comparison().ratioToMedian(), 2)));
    notes.add("Distance: %s on z-scores of %s.".formatted(set.metric(), String.join(", ", set.covariates())));
    return new Output(COLUMNS, neighbourRows(set), notes, json.get(0));
  }

  private static List<List<Object>> neighbourRows(NeighbourSet set) {
    List<List<Object>> rows = new ArrayList<>();
    for (NeighbourSet.Neighbour neighbour : set.neighbours()) {
      rows.add(Output.row(neighbour.authority().code().value(), neighbour.authority().name(), neighbour.distance(),
          neighbour.authority().ratePer10000()));
    }
    return rows;
  }

  private static Output sensitivity(List<NeighbourSet> sets) {
    List<List<Object>> rows = new ArrayList<>();
    for (NeighbourSet set : sets) {
      PeerComparison c = set.comparison();
      rows.add(Output.row(set.variant(), set.k(), set.metric(),
          String.join("; ", set.neighbours().stream().map(n -> n.authority().name()).toList()), c.rate(), c.median(),
          c.minimum(), c.maximum(), c.ratioToMedian(), describe(c.position())));
    }
    PeerComparison.Position base = sets.get(0).comparison().position();
    boolean aboveBase = sets.get(0).comparison().rate() >= sets.get(0).comparison().median();
    long same = sets.stream().filter(s -> (s.comparison().rate() >= s.comparison().median()) == aboveBase).count();
    List<String> notes = List.of("%s is %s the neighbours' median in %d of %d neighbour sets (as asked: %s)."
        .formatted(sets.get(0).authority().name(), aboveBase ? "at or above" : "below", same, sets.size(), describe(base)));
    return Output.of(SENSITIVITY, rows, notes);
  }

  private static Map<String, Object> json(NeighbourSet set) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("variant", set.variant());
    json.put("area_code", set.authority().code().value());
    json.put("area_name", set.authority().name());
    json.put("rate_per_10000", set.authority().ratePer10000());
    json.put("k", set.k());
    json.put("distance", set.metric());
    json.put("covariates", set.covariates());
    json.put("neighbours", Output.objects(COLUMNS, neighbourRows(set)));
    PeerComparison c = set.comparison();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("median", c.median());
    summary.put("min", c.minimum());
    summary.put("max", c.maximum());
    summary.put("difference", c.difference());
    summary.put("ratio_to_median", NeedJson.finite(c.ratioToMedian()));
    summary.put("neighbours_below", c.neighboursBelow());
    summary.put("position", c.position().name().toLowerCase(Locale.ROOT));
    json.put("summary", summary);
    return json;
  }

  static String describe(PeerComparison.Position position) {
    return switch (position) {
      case ABOVE_RANGE -> "above all neighbours";
      case AT_OR_ABOVE_MEDIAN -> "within their range, at or above the median";
      case BELOW_MEDIAN -> "within their range, below the median";
      case BELOW_RANGE -> "below all neighbours";
    };
  }
}
