package uk.lacexplorer.web.compare;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.api.CommandBridge;
import uk.lacexplorer.web.api.CommandResults;

/**
 * The Compare page ({@code /compare}): rates against a need factor, the need-adjusted model, pairs of authorities
 * with similar need and different rates, and clusters. Every table is the JSON of the same API call, formatted.
 */
public final class CompareRoutes implements WebModule {
  static final String SECTION = "compare";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Site site;
  private final CommandResults results;

  public CompareRoutes(Site site) {
    this.site = site;
    this.results = new CommandResults(new CommandBridge(site.services()));
    site.onDataChanged(results::clear);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/compare", this::compare);
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.compare", "/compare", SECTION));
  }

  private void compare(Context ctx) {
    Params params = Params.of(ctx, "nation", "year", "x", "covariates", "family", "overdispersion");
    CompareChoices choices = choices(params);
    Page page = site.page(ctx, SECTION);
    NameLookup names = new NameLookup(site.services().store().areas());
    Section<FunnelView> funnel = section(choices, "funnel", json -> Views.funnel(page, names, json));
    Section<ScatterView> scatter = section(choices, "scatter", json -> Views.scatter(page, names, json));
    Section<ModelView> model = section(choices, "model", json -> Views.model(page, names, json));
    Section<List<List<String>>> pairs = section(choices, "pairs", json -> Views.pairs(page, names, json));
    Section<List<List<String>>> clusters = section(choices, "clusters", json -> Views.clusters(page, names, json));
    site.render(ctx, "compare/compare.jte", Map.of("page", page, "choices", choices, "funnel", funnel, "scatter", scatter, "model", model,
        "pairs", pairs, "clusters", clusters));
  }

  private <T> Section<T> section(CompareChoices choices, String command, Function<JsonNode, T> view) {
    String apiPath = "/api/v1/" + command + "?" + choices.query(command);
    if (choices.year() == null || choices.x() == null && !command.equals("funnel")) return new Section<>(null, null, apiPath);
    Map<String, List<String>> params = switch (command) {
      case "scatter" -> choices.scatter();
      case "funnel" -> choices.funnel();
      case "model" -> choices.withCovariates("family", choices.family());
      default -> choices.withCovariates();
    };
    try {
      return new Section<>(view.apply(JSON.readTree(results.get(command, params, "json"))), null, apiPath);
    } catch (UserError problem) {
      return new Section<>(null, problem.getMessage(), apiPath);
    }
  }

  private CompareChoices choices(Params params) {
    String nation = params.text("nation", "wales").toLowerCase(java.util.Locale.ROOT);
    List<Nation> nations = switch (nation) {
      case "both" -> List.of(Nation.WALES, Nation.ENGLAND);
      default -> List.of(Nation.parse(nation));
    };
    nation = nations.size() == 2 ? "both" : nations.get(0).id();
    Set<Integer> years = null;
    for (Nation each : nations) {
      Set<Integer> found = new LinkedHashSet<>(site.rates().years(each, "children_looked_after"));
      if (years == null) years = found;
      else years.retainAll(found);
    }
    List<Integer> yearList = new ArrayList<>(years);
    Integer year = params.integer("year");
    if (year == null || !yearList.contains(year)) year = yearList.isEmpty() ? null : yearList.get(yearList.size() - 1);
    List<Measure> factors = NeedFactors.available(site, nations);
    List<String> ids = factors.stream().map(Measure::id).toList();
    String x = params.text("x");
    if (x == null || !ids.contains(x)) x = ids.isEmpty() ? null : ids.get(0);
    List<String> covariates = params.list("covariates").stream().filter(ids::contains).distinct().toList();
    if (covariates.isEmpty() && x != null) covariates = List.of(x);
    String family = "poisson".equalsIgnoreCase(params.text("family")) ? "poisson" : "negbin";
    String overdispersion = params.text("overdispersion", "none").toLowerCase(java.util.Locale.ROOT);
    if (!CompareChoices.OVERDISPERSION.contains(overdispersion)) overdispersion = "none";
    return new CompareChoices(nation, year, x, covariates, family, overdispersion, yearList, factors);
  }
}
