package uk.lacexplorer.web.area;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.web.ApiBody;
import uk.lacexplorer.web.NotFound;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.overview.OverviewRoutes;
import uk.lacexplorer.web.overview.RateRequests;
import uk.lacexplorer.web.api.CommandBridge;
import uk.lacexplorer.web.api.CommandResults;
import uk.lacexplorer.web.compare.NeedFactors;
import uk.lacexplorer.web.compare.Section;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.i18n.UserError;

/**
 * Authority pages ({@code /area} to find one, {@code /area/W06000020} for its profile: trend, funnel position,
 * need-adjusted ratio, neighbours) and the API {@code GET /api/v1/areas} ({@code ./lacx areas}).
 */
public final class AreaRoutes implements WebModule {
  private final Site site;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final CommandResults results;

  public AreaRoutes(Site site) {
    this.site = site;
    this.results = new CommandResults(new CommandBridge(site.services()));
    site.onDataChanged(results::clear);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/area", this::finder);
    routes.get("/area/{code}", this::profile);
    routes.get("/api/v1/areas", this::areasApi);
  }

  private void areasApi(Context ctx) {
    Params params = Params.of(ctx, "nation", "all-types", "format");
    site.api().send(ctx, () -> {
      String nation = params.text("nation");
      return ApiBody.of(AreasTable.report(site.services().store().areas().all(),
          nation == null ? null : Nation.parse(nation), params.flag("all-types")), params.text("format"), "areas.csv");
    });
  }

  /** {@code /area?code=…} goes to that profile; without a code, every authority of both nations as links. */
  private void finder(Context ctx) {
    Params params = Params.of(ctx, "code");
    AreaRegistry registry = site.services().store().areas();
    String code = params.text("code");
    if (code != null) {
      Area area = registry.match(code, null).orElseThrow(() -> new NotFound("unknown area " + code));
      ctx.redirect("/area/" + area.code().value());
      return;
    }
    Page page = site.page(ctx, OverviewRoutes.SECTION);
    Collator collator = Collator.getInstance(page.lang().locale());
    Map<String, Object> model = Map.of("page", page,
        "wales", current(registry, Nation.WALES, page, collator),
        "england", current(registry, Nation.ENGLAND, page, collator));
    site.render(ctx, "area/finder.jte", model);
  }

  private static List<Area> current(AreaRegistry registry, Nation nation, Page page, Collator collator) {
    return registry.localAuthorities(nation).stream().filter(area -> area.validTo() == null)
        .sorted(Comparator.comparing(page::name, collator)).toList();
  }

  private void profile(Context ctx) {
    Params params = Params.of(ctx, "measure");
    String code = ctx.pathParam("code");
    if (!AreaCode.isCode(code)) throw new NotFound("not an area code: " + code);
    Area area = site.services().store().areas().find(AreaCode.parse(code))
        .orElseThrow(() -> new NotFound("unknown area code " + code));
    if (!area.isLocalAuthority()) throw new NotFound("not a local authority: " + code);
    Measure measure = site.services().rates().rateMeasure(params.text("measure", RateRequests.DEFAULT_MEASURE));
    Page page = site.page(ctx, OverviewRoutes.SECTION);
    String areaCode = area.code().value();
    Section<TrendView> trend = section("trend", Map.of("area", List.of(areaCode), "measure", List.of(measure.id())),
        json -> ProfileViews.trend(page, json));
    Integer year = trend.shown() && !trend.view().latestYear().isEmpty() ? Integer.valueOf(trend.view().latestYear()) : null;
    List<Measure> factors = NeedFactors.available(site, List.of(area.nation()));
    String factor = factors.isEmpty() ? null : factors.get(0).id();
    Section<String> funnel = Section.empty();
    Section<String> ratio = Section.empty();
    Section<NeighboursView> neighbours = Section.empty();
    if (year != null) {
      String nation = area.nation().id();
      funnel = section("funnel", Map.of("nation", List.of(nation), "year", List.of(year.toString()),
          "measure", List.of(measure.id())), json -> ProfileViews.funnel(page, json, areaCode));
      if (factor != null) {
        ratio = section("model", Map.of("nation", List.of(nation), "year", List.of(year.toString()),
            "measure", List.of(measure.id()), "covariates", List.of(factor)), json -> ProfileViews.ratio(page, json, areaCode));
        NameLookup names = new NameLookup(site.services().store().areas());
        neighbours = section("neighbours", Map.of("area", List.of(areaCode), "year", List.of(year.toString()),
            "measure", List.of(measure.id()), "covariates", List.of(factor)), json -> ProfileViews.neighbours(page, json, names));
      }
    }
    List<Measure> measures = site.services().measures().all().stream().filter(Measure::hasDenominator).toList();
    ProfileModel model = new ProfileModel(area, page.name(area), area.name(!page.welsh()), measure, measures, trend,
        funnel, ratio, neighbours, factor == null ? "" : page.name(site.services().measures().get(factor)),
        "/compare?nation=" + area.nation().id() + (year == null ? "" : "&year=" + year) + (factor == null ? "" : "&x=" + factor));
    site.render(ctx, "area/profile.jte", Map.of("page", page, "model", model));
  }

  private <T> Section<T> section(String command, Map<String, List<String>> params, Function<JsonNode, T> view) {
    String apiPath = "/api/v1/" + command + "?" + Section.query(params);
    try {
      return new Section<>(view.apply(JSON.readTree(results.get(command, params, "json"))), null, apiPath);
    } catch (UserError problem) {
      return new Section<>(null, problem.getMessage(), apiPath);
    }
  }
}
