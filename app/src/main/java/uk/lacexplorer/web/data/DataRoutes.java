package uk.lacexplorer.web.data;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.web.ApiBody;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Provenance;
import uk.lacexplorer.web.ReportResponses;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/**
 * The Data section: measures and sources ({@code /data}), stored values of a measure ({@code /data/browse}), CSV
 * downloads with provenance, and the API {@code GET /api/v1/measures}, {@code /api/v1/sources} and
 * {@code /api/v1/data} ({@code ./lacx measures} and {@code ./lacx data}).
 */
public final class DataRoutes implements WebModule {
  static final String SECTION = "data";
  static final String[] DATA_PARAMETERS = {"measure", "area", "nation", "from", "to", "all-breakdowns"};
  private final Site site;

  public DataRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/data", this::data);
    routes.get("/data/browse", this::browse);
    routes.get("/data/download/data.csv", this::dataDownload);
    routes.get("/data/download/measures.csv", ctx -> ReportResponses.csv(ctx, MeasuresTable.report(
        site.services().measures().all()), Provenance.lines(site.services().store(), List.of(), List.of(), null), "measures.csv"));
    routes.get("/api/v1/measures", ctx -> {
      Params params = Params.of(ctx, "format");
      site.api().send(ctx, () -> ApiBody.of(MeasuresTable.report(site.services().measures().all()), params.text("format"),
          "measures.csv"));
    });
    routes.get("/api/v1/sources", ctx -> {
      Params params = Params.of(ctx, "format");
      site.api().send(ctx, () -> ApiBody.of(MeasuresTable.sources(site.services().store().sources()), params.text("format"),
          "sources.csv"));
    });
    routes.get("/api/v1/data", ctx -> {
      Params params = Params.of(ctx, with(DATA_PARAMETERS, "format"));
      DataTable.Request request = request(params);
      site.api().send(ctx, () -> ApiBody.of(DataTable.report(site.services(),
          DataTable.observations(site.services(), request)), params.text("format"), request.measure() + ".csv"));
    });
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.data", "/data", SECTION));
  }

  static DataTable.Request request(Params params) {
    return new DataTable.Request(params.required("measure"), params.list("area"), params.text("nation"),
        params.integer("from"), params.integer("to"), params.flag("all-breakdowns"));
  }

  private void data(Context ctx) {
    Params.of(ctx);
    Page page = site.page(ctx, SECTION);
    site.render(ctx, "data/data.jte", Map.of("page", page, "measures", List.copyOf(site.services().measures().all()),
        "sources", site.services().store().sources(), "uploadAllowed", site.settings().allowUpload()));
  }

  private void browse(Context ctx) {
    Params params = Params.of(ctx, DATA_PARAMETERS);
    Measure measure = site.services().measures().get(params.text("measure", "children_looked_after"));
    DataTable.Request asked = request(params);
    List<Integer> periods = site.services().store().periods(measure.id(), List.of()).stream().sorted().toList();
    Integer latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
    DataTable.Request request = new DataTable.Request(measure.id(), asked.areas(),
        asked.areas().isEmpty() && asked.nation() == null ? "wales" : asked.nation(),
        asked.from() == null && asked.to() == null ? latest : asked.from(),
        asked.from() == null && asked.to() == null ? latest : asked.to(), asked.allBreakdowns());
    Page page = site.page(ctx, SECTION);
    List<Observation> observations = latest == null ? List.of() : DataTable.observations(site.services(), request);
    BrowseModel model = BrowseModel.of(site.services(), page, measure, request, periods, observations);
    site.render(ctx, "data/browse.jte", Map.of("page", page, "model", model));
  }

  private void dataDownload(Context ctx) {
    Params params = Params.of(ctx, DATA_PARAMETERS);
    DataTable.Request request = request(params);
    List<Observation> observations = DataTable.observations(site.services(), request);
    Measure measure = site.services().measures().get(request.measure());
    ReportResponses.csv(ctx, DataTable.report(site.services(), observations), Provenance.lines(site.services().store(),
        observations.stream().map(Observation::sourceId).toList(), List.of(measure), null), measure.id() + ".csv");
  }

  static String[] with(String[] names, String extra) {
    String[] all = java.util.Arrays.copyOf(names, names.length + 1);
    all[names.length] = extra;
    return all;
  }
}
