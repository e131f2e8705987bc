package uk.lacexplorer.web.area;

import uk.lacexplorer.web.NameLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.compare.EventView;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.compare.TrendResult;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeighbourSet;
import uk.lacexplorer.web.Page;

/** The trend, funnel, model and neighbours of one authority, written for its profile in the page's language. */
final class ProfileViews {
  private ProfileViews() {
  }

  static String number(Page page, Double value, int places) {
    return value == null || !Double.isFinite(value) ? "" : page.format().number(value, places);
  }

  static String interval(Page page, Double lower, Double upper, int places) {
    String low = number(page, lower, places);
    String high = number(page, upper, places);
    return low.isEmpty() || high.isEmpty() ? "" : page.text("rates.interval", low, high);
  }

  static TrendView trend(Page page, TrendResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = result.years().size() - 1; i >= 0; i--) {
      TrendResult.Year year = result.years().get(i);
      List<String> notes = new ArrayList<>();
      for (String flag : year.countFlag().split(";")) {
        if (!flag.isBlank()) notes.add(page.text("flag." + flag));
      }
      if (year.denominator() != null) notes.add(uk.lacexplorer.web.DenominatorNote.of(year.denominator(), page));
      String comparison = year.comparison95() == null ? "" : year.comparison95();
      rows.add(List.of(String.valueOf(year.year()), year.count() == null ? page.text("rates.noValue")
              : page.format().count(year.count()), number(page, year.population(), 0),
          year.ratePer10k() == null ? page.text("rates.noValue") : number(page, year.ratePer10k(), 1),
          interval(page, year.lower95(), year.upper95(), 1), number(page, year.nationalRatePer10k(), 1),
          comparison.isEmpty() ? "" : page.text("profile.comparison." + comparison), String.join("; ", notes)));
    }
    List<List<String>> events = new ArrayList<>();
    for (EventView event : result.events()) {
      events.add(List.of(event.date(), event.type().toLowerCase(Locale.ROOT), event.label()
          + (event.judgement() == null || event.judgement().isBlank() ? "" : " (" + event.judgement() + ")")));
    }
    List<String> latest = rows.isEmpty() ? List.of("", "", "", "", "", "", "", "") : rows.get(0);
    String direction = result.trend().direction();
    return new TrendView(rows, latest.get(0), latest.get(3), latest.get(4), latest.get(1), latest.get(6),
        direction == null || direction.isEmpty() ? "" : page.text("profile.direction." + direction), events);
  }

  /** "Within the 95% limits" and so on, or "" when the authority is not among the funnel's points. */
  static String funnel(Page page, FunnelResult result, String code) {
    for (FunnelResult.Point point : result.points()) {
      if (point.areaCode().equals(code)) {
        String limits = page.text(result.dispersion().adjusted() ? "profile.funnelLimitsWidened" : "profile.funnelLimitsChance",
            number(page, result.dispersion().phi(), 1));
        return page.text("profile.funnelPosition", page.text("funnel.position." + point.position()),
            number(page, point.ratePer10k(), 1), number(page, result.pooledRatePer10k(), 1)) + " " + limits;
      }
    }
    return "";
  }

  static String ratio(Page page, NeedModel model, String code) {
    for (NeedModel.AreaRatio area : model.areas()) {
      if (area.authority().code().value().equals(code)) {
        return page.text("profile.ratioValue", number(page, area.ratio(), 2),
            interval(page, area.lower(), area.upper(), 2), page.format().count(area.observed()),
            number(page, area.expected(), 1));
      }
    }
    return "";
  }

  /** The authority's ratio and funnel position in the joint model of both nations, or "" when it is not in it. */
  static String joint(Page page, NeedModel model, String code) {
    for (NeedModel.AreaRatio area : model.areas()) {
      if (area.authority().code().value().equals(code)) {
        String position = area.position() == null ? "" : page.text("profile.joint." + (area.position().startsWith("above")
            ? "above" : area.position().startsWith("below") ? "below" : "within"));
        return page.text("profile.jointValue", number(page, area.ratio(), 2), interval(page, area.lower(), area.upper(), 2),
            String.valueOf(model.table().size()), position);
      }
    }
    return "";
  }

  static NeighboursView neighbours(Page page, NeighbourSet set, NameLookup names) {
    List<List<String>> rows = new ArrayList<>();
    for (NeighbourSet.Neighbour neighbour : set.neighbours()) {
      String code = neighbour.authority().code().value();
      rows.add(List.of(code, names.name(code, neighbour.authority().name(), page.welsh()),
          number(page, neighbour.distance(), 2), number(page, neighbour.authority().ratePer10000(), 1)));
    }
    String text = page.text("profile.neighboursSummary", number(page, set.authority().ratePer10000(), 1),
        page.text("neighbours.position." + set.comparison().position().name().toLowerCase(Locale.ROOT)),
        number(page, set.comparison().median(), 1), String.valueOf(rows.size()));
    return new NeighboursView(text, rows);
  }

  /**
   * The moderating factors as the profile's table: each factor in the page's language, its year, the authority's
   * value, and the median and range of the nation's authorities that year; percentages to one place, household size
   * to two, density whole.
   */
  static List<List<String>> factors(Page page, uk.lacexplorer.factors.FactorsResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (uk.lacexplorer.factors.FactorsResult.Row row : result.rows()) {
      int places = row.measure().unit() == uk.lacexplorer.measure.Unit.PERCENT ? 1
          : row.measure().id().equals("household_size_mean") ? 2 : 0;
      String suffix = row.measure().unit() == uk.lacexplorer.measure.Unit.PERCENT ? "%" : "";
      rows.add(List.of(page.name(row.measure()), String.valueOf(row.year()), number(page, row.value(), places) + suffix,
          number(page, row.median(), places) + suffix, page.text("rates.interval", number(page, row.min(), places) + suffix,
              number(page, row.max(), places) + suffix), String.valueOf(row.authorities())));
    }
    return rows;
  }
}
