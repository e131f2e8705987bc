package uk.lacexplorer.web.overview;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.web.NameLookup;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.RateView;

/**
 * Writes the overview's two tables for people, each in rank order (1 = highest): the rates as counted, and each
 * authority's observed count against the count expected for its need, from the same need model as the profile.
 */
final class OverviewTables {
  private OverviewTables() {
  }

  /** Rates per 10,000: count, population, rate, interval, rank and notes; ranked by rate. */
  static OverviewTable raw(Page page, List<RateRow> rows, String highlight, String caption) {
    List<OverviewTable.Header> headers = List.of(header(page, "area", "rates.area", false, false),
        header(page, "count", "rates.count", true, false), header(page, "population", "rates.population", true, false),
        header(page, "rate", "rates.rate", true, false), header(page, "interval", "rates.interval95", true, false),
        header(page, "rank", "rates.rank", true, true), header(page, "notes", "rates.notes", false, false));
    Collator collator = Collator.getInstance(page.lang().locale());
    List<RateRow> authorities = rows.stream().filter(row -> !row.nation())
        .sorted(Comparator.comparing((RateRow row) -> row.rank() == null ? Integer.MAX_VALUE : row.rank())
            .thenComparing(row -> RateView.of(row, page).name(), collator)).toList();
    List<OverviewTable.Row> out = new ArrayList<>();
    for (RateRow row : authorities) out.add(rawRow(page, row, row.areaCode().value().equals(highlight)));
    OverviewTable.Row total = rows.stream().filter(RateRow::nation).findFirst().map(row -> rawRow(page, row, false))
        .orElse(null);
    return new OverviewTable(caption, headers, out, total);
  }

  private static OverviewTable.Row rawRow(Page page, RateRow row, boolean highlighted) {
    RateView view = RateView.of(row, page);
    List<OverviewTable.Cell> cells = List.of(
        new OverviewTable.Cell(view.count(), number(row.count())),
        new OverviewTable.Cell(view.population(), number(row.denominator().population())),
        new OverviewTable.Cell(view.rate(), number(row.rate())),
        new OverviewTable.Cell(view.interval(), number(row.lower())),
        new OverviewTable.Cell(row.nation() ? "" : view.rank(), row.rank() == null ? "" : row.rank().toString()),
        new OverviewTable.Cell(view.note(), view.note()));
    return new OverviewTable.Row(view.code(), view.name(), cells, highlighted);
  }

  /** Observed against expected for need: counts, ratio, interval, rank (1 = highest ratio) and funnel position. */
  static OverviewTable adjusted(Page page, NeedModel model, NameLookup names, String highlight, String caption) {
    List<OverviewTable.Header> headers = List.of(header(page, "area", "rates.area", false, false),
        header(page, "observed", "compare.observed", true, false), header(page, "expected", "compare.expected", true, false),
        header(page, "ratio", "compare.ratio", true, false), header(page, "interval", "rates.interval95", true, false),
        header(page, "rank", "rates.rank", true, true), header(page, "position", "overview.position", false, false));
    List<NeedModel.AreaRatio> ranked = model.areas().stream()
        .sorted(Comparator.comparingDouble(NeedModel.AreaRatio::ratio).reversed()).toList();
    List<OverviewTable.Row> out = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      NeedModel.AreaRatio area = ranked.get(i);
      String code = area.authority().code().value();
      String rank = String.valueOf(i + 1);
      String position = area.position() == null || area.position().isEmpty() ? ""
          : page.text("funnel.position." + area.position());
      List<OverviewTable.Cell> cells = List.of(
          new OverviewTable.Cell(page.format().count(area.observed()), number(area.observed())),
          new OverviewTable.Cell(page.format().number(area.expected(), 1), number(area.expected())),
          new OverviewTable.Cell(page.format().number(area.ratio(), 2), number(area.ratio())),
          new OverviewTable.Cell(page.text("rates.interval", page.format().number(area.lower(), 2),
              page.format().number(area.upper(), 2)), number(area.lower())),
          new OverviewTable.Cell(page.format().integer(i + 1), rank),
          new OverviewTable.Cell(position, position));
      out.add(new OverviewTable.Row(code, names.name(code, area.authority().name(), page.welsh()), cells,
          code.equals(highlight)));
    }
    return new OverviewTable(caption, headers, out, null);
  }

  private static OverviewTable.Header header(Page page, String id, String key, boolean numeric, boolean sortedBy) {
    return new OverviewTable.Header(id, page.text(key), numeric, sortedBy);
  }

  private static String number(Double value) {
    return value == null || !Double.isFinite(value) ? "" : Double.toString(value);
  }
}
