package uk.lacexplorer.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/**
 * Disclosure control applied to an analysis' {@link Output} at every export point (the command line's
 * {@code --format}, the API's JSON and CSV, the CSV downloads, the reports): a suppressed count is withheld with every
 * cell derived from it (rate, interval, rank, position, ratio); counts flagged {@code rounded} keep the flag; and in a
 * table with a total beside its parts — the authorities of a nation with the nation's row ({@code count},
 * {@code count_flag}, {@code area_code}, by {@code year}), or the breakdowns of a stored value with its total
 * ({@code value}, {@code flags}, {@code breakdown}, by area, measure and period) — more cells are withheld
 * ({@link SecondarySuppression}) until no suppressed count can be worked out by subtraction.
 */
public final class Disclosure {
  /** Counts and respondents below this are withheld (self-evaluation figures from fewer than 5 respondents). */
  public static final int THRESHOLD = 5;
  /** Welsh counts are published rounded to the nearest 5. */
  public static final int ROUNDING = 5;
  public static final String SUPPRESSED = "suppressed";
  public static final String ROUNDED = "rounded";
  /** Cells computed from a count, withheld with it. */
  public static final Set<String> DERIVED = Set.of("rate_per_10000", "ci95_lower", "ci95_upper", "ci998_lower",
      "ci998_upper", "rank", "position", "ratio", "ratio_ci95_lower", "ratio_ci95_upper", "shrunk_rate_per_10000",
      "shrunk_ci95_lower", "shrunk_ci95_upper", "value", "z");
  static final Set<String> NATIONS = Set.of("W92000004", "E92000001");

  private Disclosure() {
  }

  /** Whether figures from this many respondents (or answers) are withheld. */
  public static boolean withheld(long respondents) {
    return respondents < THRESHOLD;
  }

  /**
   * Which groups of a self-evaluation item (or any parts of a known total) may be shown: groups under the threshold
   * are withheld, and more until none can be worked out from the total.
   *
   * @return the shown flag of each group, in order
   */
  public static List<Boolean> shownGroups(List<Long> groups, long total) {
    List<Cell> cells = new ArrayList<>();
    for (long group : groups) cells.add(withheld(group) && group > 0 ? Cell.suppressed() : Cell.exact(group));
    SecondarySuppression.Protected kept = SecondarySuppression.protect(cells, Cell.exact(total));
    return kept.parts().stream().map(cell -> !cell.withheld()).toList();
  }

  /** The output with suppressed counts and what derives from them withheld, and secondary suppression applied. */
  public static Output protect(Output output) {
    Shape shape = Shape.of(output);
    if (shape == null) return output;
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : output.rows()) rows.add(new ArrayList<>(row));
    Set<Integer> withheld = new LinkedHashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      if (shape.suppressedAtSource(rows.get(r))) withheld.add(r);
    }
    int secondary = 0;
    for (Map.Entry<String, List<Integer>> group : shape.groups(rows).entrySet()) {
      List<Integer> members = group.getValue();
      Integer totalRow = null;
      List<Integer> parts = new ArrayList<>();
      for (int r : members) {
        if (shape.isTotal(rows.get(r))) totalRow = r;
        else parts.add(r);
      }
      if (totalRow == null || parts.isEmpty() || parts.stream().noneMatch(withheld::contains)) continue;
      List<Cell> cells = new ArrayList<>();
      for (int r : parts) cells.add(shape.cell(rows.get(r), withheld.contains(r)));
      SecondarySuppression.Protected kept = SecondarySuppression.protect(cells, shape.cell(rows.get(totalRow),
          withheld.contains(totalRow)));
      for (int i : kept.secondary()) {
        withheld.add(parts.get(i));
        secondary++;
      }
      if (kept.totalWithheld()) {
        withheld.add(totalRow);
        secondary++;
      }
    }
    if (withheld.isEmpty()) return output;
    for (int r : withheld) shape.withhold(rows.get(r));
    if (secondary > 0) shape.rerank(rows);
    List<String> notes = new ArrayList<>(output.notes());
    if (secondary > 0) {
      notes.add(secondary + " more counts are withheld (flag suppressed) so that no suppressed count can be worked out "
          + "from the total by subtraction.");
    }
    Object json = output.json() == null ? null : JsonCells.withhold(output.json(), shape, rows, withheld);
    return new Output(output.columns(), rows, notes, json);
  }

  /** Where a table keeps its counts, flags and totals. */
  record Shape(List<Column> columns, int count, int flag, int area, int breakdown, List<Integer> key,
               List<Integer> derived, int rank, int rate) {
    static Shape of(Output output) {
      List<String> names = output.columnNames();
      int breakdown = names.indexOf("breakdown");
      boolean stored = breakdown >= 0 && names.contains("value") && names.contains("flags");
      int count = stored ? names.indexOf("value") : names.indexOf("count");
      int flag = stored ? names.indexOf("flags") : names.indexOf("count_flag");
      if (count < 0 || flag < 0) return null;
      List<Integer> key = new ArrayList<>();
      for (String name : stored ? List.of("area_code", "measure", "period") : List.of("year", "measure", "nation")) {
        if (names.contains(name)) key.add(names.indexOf(name));
      }
      List<Integer> derived = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        if (i != count && DERIVED.contains(names.get(i))) derived.add(i);
      }
      return new Shape(output.columns(), count, flag, names.indexOf("area_code"), stored ? breakdown : -1, key, derived,
          names.indexOf("rank"), names.indexOf("rate_per_10000"));
    }

    boolean suppressedAtSource(List<Object> row) {
      return flags(row).contains(SUPPRESSED);
    }

    Set<String> flags(List<Object> row) {
      Object text = row.get(flag);
      Set<String> flags = new LinkedHashSet<>();
      if (text != null && !text.toString().isBlank()) for (String part : text.toString().split(";")) flags.add(part.strip());
      return flags;
    }

    /** Rows that add up: by the key, then the total's nation or the breakdown's dimension. */
    Map<String, List<Integer>> groups(List<List<Object>> rows) {
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        StringBuilder key = new StringBuilder();
        for (int i : this.key) key.append(row.get(i)).append('|');
        if (breakdown >= 0) {
          String text = String.valueOf(row.get(breakdown) == null ? "" : row.get(breakdown));
          if (text.contains(";")) continue;
          if (text.isEmpty() || text.endsWith("=total")) {
            // the total belongs to every dimension of its key: added to each below
            for (String dimension : dimensions(rows, key.toString())) {
              groups.computeIfAbsent(key + dimension, k -> new ArrayList<>()).add(r);
            }
            continue;
          }
          groups.computeIfAbsent(key + text.substring(0, text.indexOf('=') + 1), k -> new ArrayList<>()).add(r);
        } else {
          if (area < 0) continue;
          String nation = nationOf(String.valueOf(row.get(area)));
          if (nation == null) continue;
          groups.computeIfAbsent(key + nation, k -> new ArrayList<>()).add(r);
        }
      }
      return groups;
    }

    private Set<String> dimensions(List<List<Object>> rows, String key) {
      Set<String> dimensions = new LinkedHashSet<>();
      for (List<Object> row : rows) {
        StringBuilder own = new StringBuilder();
        for (int i : this.key) own.append(row.get(i)).append('|');
        String text = String.valueOf(row.get(breakdown) == null ? "" : row.get(breakdown));
        if (!own.toString().equals(key) || text.isEmpty() || text.contains(";") || text.endsWith("=total")) continue;
        dimensions.add(text.substring(0, text.indexOf('=') + 1));
      }
      return dimensions;
    }

    /** W92… for a Welsh authority or Wales, E92… for an English authority or England; null for regions and others. */
    static String nationOf(String code) {
      if (NATIONS.contains(code)) return code;
      if (code.startsWith("W06")) return "W92000004";
      if (code.startsWith("E06") || code.startsWith("E08") || code.startsWith("E09") || code.startsWith("E10")) {
        return "E92000001";
      }
      return null;
    }

    boolean isTotal(List<Object> row) {
      if (breakdown >= 0) {
        String text = String.valueOf(row.get(breakdown) == null ? "" : row.get(breakdown));
        return text.isEmpty() || text.endsWith("=total");
      }
      return NATIONS.contains(String.valueOf(row.get(area)));
    }

    Cell cell(List<Object> row, boolean withheld) {
      Object value = row.get(count);
      if (withheld || !(value instanceof Number number)) {
        return suppressedAtSource(row) ? Cell.suppressed() : new Cell(null, Cell.State.SECONDARY);
      }
      long whole = Math.round(number.doubleValue());
      return flags(row).contains(ROUNDED) ? Cell.rounded(whole) : Cell.exact(whole);
    }

    void withhold(List<Object> row) {
      row.set(count, null);
      for (int i : derived) row.set(i, null);
      Set<String> flags = flags(row);
      flags.add(SUPPRESSED);
      row.set(flag, String.join(";", flags));
    }

    /** Ranks again among the rates still shown (1 = highest, ties share the better rank), so a gap reveals nothing. */
    void rerank(List<List<Object>> rows) {
      if (rank < 0 || rate < 0) return;
      for (List<Integer> members : groups(rows).values()) {
        for (int r : members) {
          List<Object> row = rows.get(r);
          if (row.get(rank) == null || !(row.get(rate) instanceof Number own)) continue;
          int higher = 0;
          for (int other : members) {
            if (rows.get(other).get(rank) != null && rows.get(other).get(rate) instanceof Number rate
                && rate.doubleValue() > own.doubleValue()) higher++;
          }
          row.set(rank, higher + 1);
        }
      }
    }
  }
}
