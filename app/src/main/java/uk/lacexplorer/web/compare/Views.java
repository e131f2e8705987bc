package uk.lacexplorer.web.compare;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.need.AuthorityNeed;
import uk.lacexplorer.need.ClusterService;
import uk.lacexplorer.need.ClusterSummary;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.ScatterFit;
import uk.lacexplorer.need.SimilarPair;
import uk.lacexplorer.stats.regression.Coefficient;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.NameLookup;

/**
 * The analyses' results (the same records the API and the command line write) for people in the page's language.
 * Each view is a list of rows of already formatted cells, plus a few headline figures.
 */
final class Views {
  private Views() {
  }

  static String number(Page page, double value, int places) {
    return Double.isFinite(value) ? page.format().number(value, places) : "";
  }

  /** A p-value: "< 0.001" below a thousandth, otherwise three decimals. */
  static String p(Page page, double value) {
    if (!Double.isFinite(value)) return "";
    return value < 0.001 ? page.text("compare.pBelow", page.format().number(0.001, 3)) : page.format().number(value, 3);
  }

  static String interval(Page page, double lower, double upper, int places) {
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) return "";
    return page.text("rates.interval", number(page, lower, places), number(page, upper, places));
  }

  static String name(Page page, NameLookup names, String code, String fallback) {
    return names.name(code, fallback, page.welsh());
  }

  static ScatterView scatter(Page page, NameLookup names, ScatterFit result) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < result.table().size(); i++) {
      AuthorityNeed row = result.table().rows().get(i);
      rows.add(List.of(row.code().value(), name(page, names, row.code().value(), row.name()),
          number(page, result.x()[i], 1), number(page, result.y()[i], 1), number(page, result.fit().fitted()[i], 1),
          number(page, result.fit().residuals()[i], 1), number(page, result.fit().studentisedResiduals()[i], 2)));
    }
    Coefficient slope = result.fit().coefficients().get(1);
    return new ScatterView(number(page, slope.estimate(), 2), interval(page, slope.ci95Lower(), slope.ci95Upper(), 2),
        p(page, slope.p()), number(page, result.fit().rSquared(), 2), p(page, result.breuschPagan().p()),
        result.table().covariateYears().get(0), result.table().size(), rows);
  }

  static ChangesView changes(Page page, NameLookup names, uk.lacexplorer.need.ChangesResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (uk.lacexplorer.need.ChangesResult.Row row : result.rows()) {
      rows.add(List.of(row.areaCode(), name(page, names, row.areaCode(), row.areaName()),
          number(page, row.factorChange(), 2), number(page, row.rateChange(), 1),
          interval(page, row.lower95(), row.upper95(), 1), number(page, row.fitted(), 1),
          number(page, row.standardisedResidual(), 2)));
    }
    Coefficient slope = result.slope();
    List<String> far = result.far().stream().map(n -> name(page, names, codeOf(result, n), n)).toList();
    return new ChangesView(number(page, slope.estimate(), 2), interval(page, slope.ci95Lower(), slope.ci95Upper(), 2),
        p(page, slope.p()), number(page, result.rSquared(), 2), result.rows().size(), result.fromYear(), result.toYear(),
        result.factorFrom(), result.factorTo(), far, rows);
  }

  private static String codeOf(uk.lacexplorer.need.ChangesResult result, String name) {
    return result.rows().stream().filter(r -> r.areaName().equals(name)).map(uk.lacexplorer.need.ChangesResult.Row::areaCode)
        .findFirst().orElse("");
  }

  static FunnelView funnel(Page page, NameLookup names, FunnelResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (FunnelResult.Point point : result.points()) {
      rows.add(List.of(point.areaCode(), name(page, names, point.areaCode(), point.areaName()),
          page.format().count(point.observed()), number(page, point.denominator(), 0),
          number(page, point.ratePer10k(), 1), interval(page, point.lower95(), point.upper95(), 1),
          interval(page, point.lower998(), point.upper998(), 1), page.text("funnel.position." + point.position())));
    }
    return new FunnelView(number(page, result.pooledRatePer10k(), 1), number(page, result.dispersion().phi(), 2),
        result.dispersion().adjusted(), rows);
  }

  static ModelView model(Page page, NameLookup names, NeedModel model) {
    List<List<String>> coefficients = new ArrayList<>();
    for (Coefficient coefficient : model.coefficients()) {
      coefficients.add(List.of(coefficient.name(), number(page, coefficient.estimate(), 4),
          number(page, coefficient.se(), 4), interval(page, coefficient.ci95Lower(), coefficient.ci95Upper(), 4),
          p(page, coefficient.p())));
    }
    List<List<String>> areas = new ArrayList<>();
    for (NeedModel.AreaRatio area : model.areas()) {
      String code = area.authority().code().value();
      areas.add(List.of(code, name(page, names, code, area.authority().name()), page.format().count(area.observed()),
          number(page, area.expected(), 1), number(page, area.ratio(), 2), interval(page, area.lower(), area.upper(), 2)));
    }
    return new ModelView(model.family().id(), Double.isFinite(model.theta()) ? number(page, model.theta(), 2) : "",
        page.format().number(100 * model.devianceExplained(), 1), number(page, model.aic(), 1), coefficients, areas,
        uk.lacexplorer.need.JointText.summary(page.lang(), model), uk.lacexplorer.need.JointText.outliers(page.lang(), model));
  }

  static List<List<String>> pairs(Page page, NameLookup names, List<SimilarPair> pairs) {
    List<List<String>> rows = new ArrayList<>();
    for (SimilarPair pair : pairs) {
      if (!pair.differs()) continue;
      rows.add(List.of(name(page, names, pair.first().code().value(), pair.first().name()),
          number(page, pair.first().ratePer10000(), 1),
          name(page, names, pair.second().code().value(), pair.second().name()),
          number(page, pair.second().ratePer10000(), 1), number(page, pair.rateRatio(), 2),
          interval(page, pair.lower(), pair.upper(), 2), number(page, pair.distance(), 2), p(page, pair.q())));
    }
    return rows;
  }

  static List<List<String>> clusters(Page page, NameLookup names, ClusterService.Result result) {
    List<List<String>> rows = new ArrayList<>();
    for (ClusterSummary cluster : result.kMeans().clusters()) {
      List<String> members = new ArrayList<>();
      for (AuthorityNeed member : cluster.members()) {
        members.add(names.name(member.code().value(), member.name(), page.welsh()));
      }
      members.sort(Collator.getInstance(page.lang().locale()));
      rows.add(List.of(String.valueOf(cluster.cluster()), page.format().integer(cluster.members().size()),
          number(page, cluster.pooledRate(), 1),
          page.text("rates.interval", number(page, cluster.minimumRate(), 1), number(page, cluster.maximumRate(), 1)),
          String.join(", ", members)));
    }
    return rows;
  }
}
