package uk.lacexplorer.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.output.OutputFormat;
import uk.lacexplorer.disclosure.Disclosure;
import uk.lacexplorer.output.OutputWriter;
import uk.lacexplorer.web.ApiBody;
import uk.lacexplorer.web.ApiEndpoint;
import uk.lacexplorer.web.NotFound;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Provenance;
import uk.lacexplorer.web.ReportResponses;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.WebModule;

/**
 * The read-only JSON API: {@code GET /api/v1/NAME} for every {@link ApiEndpoint} the site's features offer, in JSON
 * (default) or {@code format=csv}, written by the same {@link OutputWriter} as the command line's
 * {@code --format json|csv}; {@code /data/download/NAME.csv} the same CSV for people, followed by how it was
 * computed, its sources and licence; {@code GET /api/v1} lists every endpoint with its parameters. Answers are kept
 * for a minute in the application's cache.
 */
public final class AnalysisApi implements WebModule {
  private final Site site;

  public AnalysisApi(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/v1", this::index, WebRole.PUBLIC);
    for (ApiEndpoint endpoint : site.endpoints()) {
      routes.get("/api/v1/" + endpoint.name(), ctx -> answer(ctx, endpoint), WebRole.PUBLIC);
    }
    routes.get("/data/download/{file}", this::download, WebRole.PUBLIC);
  }

  private void answer(Context ctx, ApiEndpoint endpoint) {
    List<String> accepted = new ArrayList<>(endpoint.parameters());
    accepted.add("format");
    Params params = Params.of(ctx, accepted);
    OutputFormat format = OutputFormat.parse(params.text("format"), OutputFormat.JSON, OutputFormat.JSON, OutputFormat.CSV);
    site.api().send(ctx, () -> {
      String text = OutputWriter.write(Disclosure.protect(endpoint.answer().apply(params)), format);
      return format == OutputFormat.CSV ? new ApiBody(ApiBody.CSV_TYPE, endpoint.name() + ".csv", text)
          : new ApiBody(ApiBody.JSON_TYPE, null, text);
    });
  }

  /** {@code /data/download/trend.csv?area=…}: the endpoint's CSV, then how it was computed, sources and licence. */
  private void download(Context ctx) {
    String file = ctx.pathParam("file");
    String name = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : "";
    ApiEndpoint endpoint = site.endpoints().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new NotFound("no download " + file));
    Params params = Params.of(ctx, endpoint.parameters());
    Output output = Disclosure.protect(endpoint.answer().apply(params));
    ReportResponses.csv(ctx, OutputWriter.csv(output), Provenance.lines(site.app().store(), List.of(),
        measures(params), "Computed by LAC Explorer as " + commandLine(ctx, endpoint) + "."), file);
  }

  /** The measures named by the parameters ({@code measure}, {@code x}, {@code covariates}), for the provenance lines. */
  private List<Measure> measures(Params params) {
    List<String> named = new ArrayList<>();
    named.add(params.accepted().contains("measure") ? params.text("measure", "children_looked_after") : "children_looked_after");
    for (String name : List.of("x", "covariates")) if (params.accepted().contains(name)) named.addAll(params.list(name));
    List<Measure> measures = new ArrayList<>();
    for (String id : named) site.app().measures().find(id).filter(m -> !measures.contains(m)).ifPresent(measures::add);
    return measures;
  }

  /** {@code ./lacx funnel --nation=wales --year=2018}: the command that gives the same table. */
  static String commandLine(Context ctx, ApiEndpoint endpoint) {
    StringBuilder line = new StringBuilder("./lacx " + endpoint.command());
    new TreeMap<>(ctx.queryParamMap()).forEach((name, values) -> {
      if (name.equals("lang") || name.equals("format")) return;
      for (String value : values) line.append(" --").append(name).append('=').append(quoted(value));
    });
    return line.toString();
  }

  private static String quoted(String value) {
    return value.matches("[A-Za-z0-9_.,:/-]*") ? value : "'" + value.replace("'", "'\\''") + "'";
  }

  private void index(Context ctx) {
    Map<String, Object> index = new LinkedHashMap<>();
    for (ApiEndpoint endpoint : site.endpoints()) {
      Map<String, Object> about = new LinkedHashMap<>();
      about.put("path", "/api/v1/" + endpoint.name());
      about.put("parameters", endpoint.parameters());
      about.put("command", "./lacx " + endpoint.command() + " --help");
      index.put(endpoint.name(), about);
    }
    ctx.json(index);
  }
}
