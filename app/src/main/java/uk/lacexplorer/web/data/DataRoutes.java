package uk.lacexplorer.web.data;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.browse.DataRequest;
import uk.lacexplorer.browse.DataTable;
import uk.lacexplorer.browse.MeasuresTable;
import uk.lacexplorer.browse.StoredData;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.output.OutputWriter;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Provenance;
import uk.lacexplorer.web.ReportResponses;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.ApiEndpoint;

/**
 * The Data section: measures and sources ({@code /data}), stored values of a measure ({@code /data/browse}), CSV
 * downloads with provenance, and the API answers {@code measures}, {@code sources} and {@code data}.
 */
public final class DataRoutes implements WebModule {
  static final String SECTION = "data";
  static final List<String> DATA_PARAMETERS = List.of("measure", "area", "nation", "from", "to", "all-breakdowns");
  private final Site site;

  public DataRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/data", this::data, WebRole.PUBLIC);
    routes.get("/data/browse", this::browse, WebRole.PUBLIC);
    routes.get("/data/download/data.csv", this::dataDownload, WebRole.PUBLIC);
    routes.get("/data/download/measures.csv", ctx -> ReportResponses.csv(ctx, OutputWriter.csv(MeasuresTable.measures(
        site.app().measures().all())), Provenance.lines(site.app().store(), List.of(), List.of(), null), "measures.csv"), WebRole.PUBLIC);
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    return List.of(
        ApiEndpoint.of("measures", List.of(), params -> MeasuresTable.measures(site.app().measures().all())),
        new ApiEndpoint("sources", "measures", List.of(), params -> MeasuresTable.sources(site.app().store().sources())),
        ApiEndpoint.of("data", DATA_PARAMETERS, params -> DataTable.output(stored(request(params)), site.app().store().areas())));
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.data", "/data", SECTION));
  }

  static DataRequest request(Params params) {
    return DataRequest.parse(params.required("measure"), params.list("area"), params.text("nation"),
        params.text("from"), params.text("to"), params.flag("all-breakdowns"));
  }

  private StoredData stored(DataRequest request) {
    return site.cached("data", request, site.app().data()::run);
  }

  private void data(Context ctx) {
    Params.of(ctx);
    Page page = site.page(ctx, SECTION);
    site.render(ctx, "data/data.jte", Map.of("page", page, "measures", List.copyOf(site.app().measures().all()),
        "sources", site.app().store().sources(), "uploadAllowed", site.settings().allowUpload()));
  }

  private void browse(Context ctx) {
    Params params = Params.of(ctx, DATA_PARAMETERS);
    Measure measure = site.app().measures().get(params.text("measure", MeasureId.LOOKED_AFTER.value()));
    DataRequest asked = DataRequest.parse(measure.id(), params.list("area"), params.text("nation"),
        params.text("from"), params.text("to"), params.flag("all-breakdowns"));
    List<Integer> periods = site.app().data().periods(measure.id());
    Nation nation = asked.nation();
    if (asked.areas().isEmpty() && nation == null) {
      // Wales first, or England for a measure only England has (e.g. the IMD scores)
      nation = site.years(Nation.WALES, asked.measure()).isEmpty() && !site.years(Nation.ENGLAND, asked.measure()).isEmpty()
          ? Nation.ENGLAND : Nation.WALES;
    }
    // The default year is the latest with data for the nation shown (its own data), not for any nation.
    List<Integer> own = nation == null ? List.of() : site.years(nation, asked.measure());
    List<Integer> choosable = own.isEmpty() ? periods : own;
    Integer latest = choosable.isEmpty() ? null : choosable.get(choosable.size() - 1);
    boolean noYears = asked.from() == null && asked.to() == null;
    DataRequest request = new DataRequest(asked.measure(), asked.areas(), nation,
        noYears ? latest : asked.from(), noYears ? latest : asked.to(), asked.allBreakdowns());
    Page page = site.page(ctx, SECTION);
    List<Observation> observations = latest == null ? List.of() : stored(request).observations();
    BrowseModel model = BrowseModel.of(site.app(), page, measure, request, periods, observations);
    site.render(ctx, "data/browse.jte", Map.of("page", page, "model", model));
  }

  private void dataDownload(Context ctx) {
    DataRequest request = request(Params.of(ctx, DATA_PARAMETERS));
    StoredData data = stored(request);
    ReportResponses.csv(ctx, OutputWriter.csv(uk.lacexplorer.disclosure.Disclosure.protect(
        DataTable.output(data, site.app().store().areas()))),
        Provenance.lines(site.app().store(), data.observations().stream().map(Observation::sourceId).toList(),
            List.of(data.measure()), null), data.measure().id() + ".csv");
  }
}
