package uk.lacexplorer.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.web.ApiBody;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.web.NotFound;
import uk.lacexplorer.web.Provenance;
import uk.lacexplorer.web.ReportResponses;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/**
 * {@code GET /api/v1/COMMAND} for every read-only analysis command ({@link CommandBridge}), answers kept in the
 * site's {@link uk.lacexplorer.web.ApiCache}; {@code GET /api/v1} lists every endpoint.
 */
public final class CommandApi implements WebModule {
  static final String[] DATA_ENDPOINTS = {"rates", "areas", "measures", "sources", "data", "trend"};
  private final Site site;
  private final CommandBridge bridge;

  public CommandApi(Site site) {
    this.site = site;
    this.bridge = new CommandBridge(site.services());
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/v1", this::index);
    routes.get("/data/download/{file}", this::download);
    // One route for every analysis, resolved on request: building the command tree costs start-up time.
    routes.get("/api/v1/{command}", ctx -> {
      String command = ctx.pathParam("command");
      if (!bridge.commands().contains(command)) throw new NotFound("no API endpoint /api/v1/" + command);
      run(ctx, command);
    });
  }

  private void run(Context ctx, String command) {
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.remove("lang");
    List<String> format = params.remove("format");
    if (format != null && format.size() > 1) throw new UserError("parameter 'format' is given twice");
    for (List<String> values : params.values()) {
      for (String value : values) if (value.length() > 200) throw new UserError("a parameter value is longer than 200 characters");
    }
    String chosen = format == null ? "json" : format.get(0);
    site.api().send(ctx, () -> {
      String output = bridge.run(command, params, chosen);
      return chosen.equalsIgnoreCase("csv") ? new ApiBody(ApiBody.CSV_TYPE, command + ".csv", output)
          : new ApiBody(ApiBody.JSON_TYPE, null, output);
    });
  }

  /** {@code /data/download/trend.csv?area=…}: the command's CSV, then how it was computed, sources and licence. */
  private void download(Context ctx) {
    String file = ctx.pathParam("file");
    String command = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : "";
    if (!bridge.commands().contains(command)) throw new NotFound("no download " + file);
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.remove("lang");
    params.remove("format");
    String csv = bridge.run(command, params, "csv");
    List<String> arguments = bridge.arguments(command, params);
    List<Measure> measures = new ArrayList<>();
    List<String> named = new ArrayList<>(params.getOrDefault("measure", List.of("children_looked_after")));
    for (String name : List.of("x", "covariates")) {
      for (String value : params.getOrDefault(name, List.of())) named.addAll(List.of(value.split(",")));
    }
    for (String id : named) site.services().measures().find(id.strip()).filter(m -> !measures.contains(m)).ifPresent(measures::add);
    ReportResponses.csv(ctx, csv, Provenance.lines(site.services().store(), List.of(), measures,
        "Computed by LAC Explorer as ./lacx " + String.join(" ", arguments) + "."), file);
  }

  private void index(Context ctx) {
    Map<String, Object> index = new LinkedHashMap<>();
    for (String endpoint : DATA_ENDPOINTS) index.put(endpoint, "/api/v1/" + endpoint);
    for (String command : bridge.commands()) {
      Map<String, Object> about = new LinkedHashMap<>();
      about.put("path", "/api/v1/" + command);
      about.put("parameters", List.copyOf(bridge.parameters(command).keySet()));
      about.put("command", "./lacx " + command + " --help");
      index.put(command, about);
    }
    ctx.json(index);
  }
}
