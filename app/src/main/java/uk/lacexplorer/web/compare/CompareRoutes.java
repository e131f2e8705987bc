package uk.lacexplorer.web.compare;

import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.web.NeedFactors;
import uk.lacexplorer.web.Section;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.NameLookup;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.need.NeedApi;

/**
 * The Compare page ({@code /compare}): the funnel plot, rates against a need factor, the need-adjusted model, pairs
 * of authorities with similar need and different rates, and clusters. Every section is the same request, service
 * and result as the API address it links to, written for people.
 */
public final class CompareRoutes implements WebModule {
  static final String SECTION = "compare";
  private final Site site;

  public CompareRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/compare", this::compare, WebRole.PUBLIC);
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.compare", "/compare", SECTION));
  }

  private void compare(Context ctx) {
    Params params = Params.of(ctx, "nation", "year", "x", "covariates", "family", "overdispersion",
        "covariate-year", "skip-missing", "from");
    CompareChoices choices = choices(params);
    Page page = site.page(ctx, SECTION);
    NameLookup names = new NameLookup(site.app().store().areas());
    Section<FunnelView> funnel = section(page, choices, "funnel",
        () -> Views.funnel(page, names, ComparisonApi.funnel(site, choices.funnelRequest())));
    Section<ScatterView> scatter = section(page, choices, "scatter",
        () -> Views.scatter(page, names, NeedApi.scatter(site, choices.scatterRequest())));
    Section<ModelView> model = section(page, choices, "model",
        () -> Views.model(page, names, NeedApi.model(site, choices.modelRequest())));
    Section<List<List<String>>> pairs = section(page, choices, "pairs",
        () -> Views.pairs(page, names, NeedApi.pairs(site, choices.pairsRequest())));
    Section<List<List<String>>> clusters = section(page, choices, "clusters",
        () -> Views.clusters(page, names, NeedApi.clusters(site, choices.clustersRequest())));
    Section<ChangesView> changes = choices.changeFrom() == null || choices.changeFrom() >= choices.year()
        ? Section.empty() : section(page, choices, "changes",
            () -> Views.changes(page, names, site.cached("changes", choices.changesRequest(), site.app().changes()::run)));
    Map<String, Object> model_ = new java.util.HashMap<>(Map.of("page", page, "choices", choices, "funnel", funnel,
        "scatter", scatter, "model", model, "pairs", pairs, "clusters", clusters, "factorYears", factorYears(choices)));
    model_.put("changes", changes);
    site.render(ctx, "compare/compare.jte", model_);
  }

  private static <T> Section<T> section(Page page, CompareChoices choices, String analysis, Supplier<T> view) {
    String apiPath = "/api/v1/" + analysis + "?" + choices.query(analysis);
    if (choices.year() == null || choices.x() == null && !analysis.equals("funnel")) return Section.notAsked(apiPath);
    return Section.of(page, apiPath, view);
  }

  /** The years with values of each offered need factor, in every nation compared. */
  private Map<String, List<Integer>> factorYears(CompareChoices choices) {
    List<Nation> nations = CountRequest.parseNations(choices.nation());
    Map<String, List<Integer>> years = new java.util.HashMap<>();
    for (Measure factor : choices.factors()) {
      Set<Integer> common = null;
      for (Nation each : nations) {
        Set<Integer> found = new java.util.TreeSet<>(site.years(each, new MeasureId(factor.id())));
        if (common == null) common = found;
        else common.retainAll(found);
      }
      years.put(factor.id(), List.copyOf(common));
    }
    return years;
  }

  /** A need factor that the page does not offer: named in the page's language, never as a raw id list. */
  private static UserError unknownFactor(String parameter, String value) {
    return UserError.of("compare.error.factor", Choices.shorten(value), Arg.option(parameter));
  }

  private CompareChoices choices(Params params) {
    String nation = params.text("nation", "wales").toLowerCase(Locale.ROOT);
    List<Nation> nations = CountRequest.parseNations(nation);
    nation = nations.size() == 2 ? "both" : nations.get(0).id();
    Set<Integer> years = null;
    for (Nation each : nations) {
      Set<Integer> found = new LinkedHashSet<>(site.years(each, MeasureId.LOOKED_AFTER));
      if (years == null) years = found;
      else years.retainAll(found);
    }
    List<Integer> yearList = new ArrayList<>(years);
    Integer year = params.integer("year");
    if (year != null && !yearList.contains(year)) {
      throw yearList.isEmpty() ? UserError.of("overview.error.noYears", year)
          : UserError.of("overview.error.year", year, uk.lacexplorer.rates.YearRanges.describe(yearList));
    }
    if (year == null) year = yearList.isEmpty() ? null : yearList.get(yearList.size() - 1);
    List<Measure> factors = NeedFactors.available(site, nations);
    List<String> ids = factors.stream().map(Measure::id).toList();
    String x = params.text("x");
    if (x != null && !ids.contains(x)) throw unknownFactor("x", x);
    if (x == null && year != null) {
      x = NeedFactors.defaultFor(site, nations, year, MeasureId.LOOKED_AFTER.value())
          .map(uk.lacexplorer.need.DefaultFactor.Choice::factor).orElse(null);
    }
    if (x == null || !ids.contains(x)) x = ids.isEmpty() ? null : ids.get(0);
    for (String each : params.list("covariates")) {
      if (!ids.contains(each)) throw unknownFactor("covariates", each);
    }
    List<String> covariates = params.list("covariates").stream().distinct().toList();
    boolean jointDefaults = covariates.isEmpty() && nations.size() == 2;
    if (jointDefaults) {
      // Both nations: the harmonised default factors, so the page shows the joint model of ./lacx model --nation both.
      covariates = uk.lacexplorer.need.HarmonisedFactors.DEFAULT.stream().filter(ids::contains).toList();
    }
    if (covariates.isEmpty() && x != null) covariates = List.of(x);
    String family = Choices.parse("family", params.text("family"), List.of("negbin", "poisson"), each -> each, "negbin");
    String overdispersion = Choices.parse("overdispersion", params.text("overdispersion"), CompareChoices.OVERDISPERSION,
        each -> each, "auto");
    Integer covariateYear = params.integer("covariate-year");
    boolean skipMissing = params.flag("skip-missing") || jointDefaults;
    Integer changeFrom = params.integer("from");
    if (changeFrom != null && year != null && (!yearList.contains(changeFrom) || changeFrom >= year)) {
      throw UserError.of("compare.error.from", changeFrom, year);
    }
    if (year != null && changeFrom == null) {
      // seven years back, as the research's 2005 to 2011 and 2011 to 2018, or the first year held
      int wanted = year - 7;
      changeFrom = yearList.contains(wanted) ? wanted : yearList.isEmpty() || yearList.get(0) >= year ? null : yearList.get(0);
    }
    return new CompareChoices(nation, year, x, covariates, family, overdispersion, yearList, factors, covariateYear,
        skipMissing, changeFrom);
  }
}
