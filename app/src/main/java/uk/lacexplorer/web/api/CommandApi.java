package uk.lacexplorer.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.UserError;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/**
 * {@code GET /api/v1/COMMAND} for every read-only analysis command ({@link CommandBridge}), answers remembered for a
 * minute and forgotten when data is uploaded; {@code GET /api/v1} lists every endpoint.
 */
public final class CommandApi implements WebModule {
  static final String[] DATA_ENDPOINTS = {"rates", "areas", "measures", "sources", "data", "trend"};
  private final Site site;
  private final CommandResults results;

  public CommandApi(Site site) {
    this.site = site;
    this.results = new CommandResults(new CommandBridge(site.services()));
    site.onDataChanged(results::clear);
  }

  /** The shared results, for pages that show the same analyses. */
  public CommandResults results() {
    return results;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/v1", this::index);
    for (String command : results.bridge().commands()) {
      routes.get("/api/v1/" + command, ctx -> run(ctx, command));
    }
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
    String output = results.get(command, params, chosen);
    if (chosen.equalsIgnoreCase("csv")) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"" + command + ".csv\"");
    } else {
      ctx.contentType("application/json");
    }
    ctx.result(output);
  }

  private void index(Context ctx) {
    Map<String, Object> index = new LinkedHashMap<>();
    for (String endpoint : DATA_ENDPOINTS) index.put(endpoint, "/api/v1/" + endpoint);
    for (String command : results.bridge().commands()) {
      Map<String, Object> about = new LinkedHashMap<>();
      about.put("path", "/api/v1/" + command);
      about.put("parameters", List.copyOf(results.bridge().parameters(command).keySet()));
      about.put("command", "./lacx " + command + " --help");
      index.put(command, about);
    }
    ctx.json(index);
  }
}
