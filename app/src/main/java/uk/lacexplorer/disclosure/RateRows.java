package uk.lacexplorer.disclosure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.Rates;

/**
 * The same control as {@link Disclosure#protect} for rate rows drawn on pages, in reports and in charts: a suppressed
 * count has no rate, interval or rank, and where the authorities of a nation are listed with the nation's own row, more
 * are withheld ({@link SecondarySuppression}) until no suppressed count follows by subtraction; ranks are given again
 * among the rates still shown.
 */
public final class RateRows {
  private RateRows() {
  }

  public static Rates protect(Rates rates) {
    List<RateRow> rows = protect(rates.rows());
    return rows == rates.rows() ? rates : new Rates(rates.request(), rows);
  }

  /** The rows protected (the same list when nothing needs withholding). */
  public static List<RateRow> protect(List<RateRow> rows) {
    if (rows.stream().noneMatch(row -> row.countFlags().contains(Flag.SUPPRESSED))) return rows;
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      String nation = Disclosure.Shape.nationOf(rows.get(r).areaCode().value());
      if (nation != null) groups.computeIfAbsent(rows.get(r).year() + "|" + nation, k -> new ArrayList<>()).add(r);
    }
    Set<Integer> withheld = new java.util.HashSet<>();
    for (int r = 0; r < rows.size(); r++) if (rows.get(r).countFlags().contains(Flag.SUPPRESSED)) withheld.add(r);
    boolean secondary = false;
    for (List<Integer> members : groups.values()) {
      Integer total = null;
      List<Integer> parts = new ArrayList<>();
      for (int r : members) {
        if (rows.get(r).nation()) total = r;
        else parts.add(r);
      }
      if (total == null || parts.stream().noneMatch(withheld::contains)) continue;
      List<Cell> cells = new ArrayList<>();
      for (int r : parts) cells.add(cell(rows.get(r)));
      SecondarySuppression.Protected kept = SecondarySuppression.protect(cells, cell(rows.get(total)));
      for (int i : kept.secondary()) withheld.add(parts.get(i));
      if (kept.totalWithheld()) withheld.add(total);
      secondary |= !kept.secondary().isEmpty() || kept.totalWithheld();
    }
    List<RateRow> out = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) out.add(withheld.contains(r) ? withhold(rows.get(r)) : rows.get(r));
    return secondary ? rerank(out) : out;
  }

  static Cell cell(RateRow row) {
    if (row.count() == null) {
      return row.countFlags().contains(Flag.SUPPRESSED) ? Cell.suppressed() : new Cell(null, Cell.State.SECONDARY);
    }
    long whole = Math.round(row.count());
    return row.countFlags().contains(Flag.ROUNDED) ? Cell.rounded(whole) : Cell.exact(whole);
  }

  private static RateRow withhold(RateRow row) {
    EnumSet<Flag> flags = row.countFlags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(row.countFlags());
    flags.add(Flag.SUPPRESSED);
    return new RateRow(row.areaCode(), row.areaName(), row.areaNameCy(), row.year(), null, flags, row.denominator(),
        null, null, null, null, row.nation());
  }

  private static List<RateRow> rerank(List<RateRow> rows) {
    List<RateRow> out = new ArrayList<>(rows.size());
    for (RateRow row : rows) {
      if (row.rank() == null || !row.hasRate()) {
        out.add(row);
        continue;
      }
      String nation = Disclosure.Shape.nationOf(row.areaCode().value());
      long higher = rows.stream().filter(other -> other.rank() != null && other.hasRate() && other.year() == row.year()
          && java.util.Objects.equals(Disclosure.Shape.nationOf(other.areaCode().value()), nation)
          && other.rate() > row.rate()).count();
      out.add(new RateRow(row.areaCode(), row.areaName(), row.areaNameCy(), row.year(), row.count(), row.countFlags(),
          row.denominator(), row.rate(), row.lower(), row.upper(), (int) higher + 1, row.nation()));
    }
    return out;
  }
}
