package uk.lacexplorer.web.area;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.TrendResult;
import uk.lacexplorer.compare.TrendsResult;
import uk.lacexplorer.web.Page;

/**
 * Other authorities drawn on a profile's trend chart ({@code /area/W06000020?with=W06000022,E06000001}): the choices
 * to add (every current authority of both nations but those shown), those added with the address that removes each,
 * the API address the chart reads ({@code /api/v1/trend?area=A,B,C}), and a table of every authority's rate by year
 * (the chart's figures for people who cannot see it).
 *
 * @param headers "Year", then each authority's name
 * @param rows a year, then each authority's rate (or "not available")
 */
public record ComparedTrends(List<Choice> choices, List<Choice> added, String chartApi, List<String> headers,
                             List<List<String>> rows) {
  /** An authority: its code, name in the page's language and, for an added one, the profile address without it. */
  public record Choice(String code, String name, String removeHref) {
  }

  public boolean any() {
    return !added.isEmpty();
  }

  static ComparedTrends of(Page page, AreaRegistry registry, Area area, String measure, List<Area> others,
                           TrendsResult trends) {
    Collator collator = Collator.getInstance(page.lang().locale());
    List<String> shown = new ArrayList<>(List.of(area.code().value()));
    others.forEach(other -> shown.add(other.code().value()));
    List<Choice> choices = new ArrayList<>();
    for (Nation nation : List.of(area.nation(), area.nation() == Nation.WALES ? Nation.ENGLAND : Nation.WALES)) {
      registry.localAuthorities(nation).stream().filter(a -> a.validTo() == null && !shown.contains(a.code().value()))
          .sorted(Comparator.comparing(page::name, collator))
          .forEach(a -> choices.add(new Choice(a.code().value(), page.name(a), "")));
    }
    List<Choice> added = new ArrayList<>();
    for (Area other : others) {
      List<String> rest = others.stream().filter(o -> !o.equals(other)).map(o -> o.code().value()).toList();
      added.add(new Choice(other.code().value(), page.name(other), profile(area, measure, rest)));
    }
    String chartApi = "/api/v1/trend?area=" + String.join(",", shown) + "&measure=" + measure;
    List<String> headers = new ArrayList<>(List.of(page.text("rates.year")));
    Map<Integer, Map<String, String>> byYear = new TreeMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    if (trends != null) {
      for (TrendResult trend : trends.areas()) {
        headers.add(page.welsh() ? trend.areaNameCy() : trend.areaName());
        for (TrendResult.Year year : trend.years()) {
          years.add(year.year());
          byYear.computeIfAbsent(year.year(), key -> new java.util.HashMap<>()).put(trend.areaCode(),
              year.ratePer10k() == null ? page.text("rates.noValue") : ProfileViews.number(page, year.ratePer10k(), 1));
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (int year : years.descendingSet()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(year)));
      for (TrendResult trend : trends.areas()) {
        row.add(byYear.get(year).getOrDefault(trend.areaCode(), page.text("rates.noValue")));
      }
      rows.add(row);
    }
    return new ComparedTrends(choices, added, chartApi, headers, rows);
  }

  /** The profile address showing {@code with} beside the authority. */
  static String profile(Area area, String measure, List<String> with) {
    return "/area/" + area.code().value() + "?measure=" + measure + (with.isEmpty() ? "" : "&with=" + String.join(",", with));
  }
}
