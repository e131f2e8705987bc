package uk.lacexplorer.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.web.ApiEndpoint;

/**
 * What every web feature shares: the application, the message bundles, the templates, the settings and the modules
 * (for the navigation, account links, form fields and API endpoints). Thread-safe once built.
 */
public final class Site {
  private final Application app;
  private final WebSettings settings;
  private final Messages messages = Messages.standard();
  private final Templates templates = new Templates();
  private final ApiCache api;
  private final List<WebModule> modules = new ArrayList<>();

  Site(Application app, WebSettings settings) {
    this.app = app;
    this.settings = settings;
    this.api = new ApiCache(app.cache());
  }

  void addModule(WebModule module) {
    modules.add(module);
  }

  List<WebModule> modules() {
    return List.copyOf(modules);
  }

  public Application app() {
    return app;
  }

  public WebSettings settings() {
    return settings;
  }

  public Messages messages() {
    return messages;
  }

  /**
   * An analysis' result for a request, kept for a minute in the application's cache so that the pages and the API
   * answer repeated requests from memory.
   *
   * @param what the analysis' name (the cache holds several analyses' answers to equal requests)
   */
  public <Q, R> R cached(String what, Q request, Function<Q, R> service) {
    return app.cache().get(what, request, () -> service.apply(request));
  }

  /** Years with data for the measure in the nation's local authorities, oldest first (kept for a minute). */
  public List<Integer> years(Nation nation, MeasureId measure) {
    return cached("years", List.of(nation, measure), key -> {
      List<AreaCode> codes = app.store().areas().localAuthorities(nation).stream().map(Area::code).toList();
      return codes.isEmpty() ? List.<Integer>of() : app.store().periods(measure.value(), codes).stream().sorted().toList();
    });
  }

  /** Forgets every remembered result: called after an upload changed the data. */
  public void dataChanged() {
    app.dataChanged();
  }

  /** API answers by address, kept for a minute. */
  public ApiCache api() {
    return api;
  }

  /** Every API endpoint the features offer, in the order they were added. */
  public List<ApiEndpoint> endpoints() {
    List<ApiEndpoint> endpoints = new ArrayList<>();
    for (WebModule module : modules) endpoints.addAll(module.endpoints());
    return endpoints;
  }

  public Lang lang(Context ctx) {
    return Languages.of(ctx);
  }

  /** The layout information for a page of the given section (the navigation item it belongs to). */
  public Page page(Context ctx, String section) {
    Lang lang = Languages.of(ctx);
    List<NavigationItem> navigation = new ArrayList<>();
    List<NavigationItem> account = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    for (WebModule module : modules) {
      navigation.addAll(module.navigation());
      account.addAll(module.accountLinks(ctx));
      fields.putAll(module.formFields(ctx));
    }
    return new Page(new Localizer(messages, lang), section, navigation, account, fields, Languages.switchHref(ctx, lang));
  }

  /** Renders a page template as the response. {@code params} must include {@code page}. */
  public void render(Context ctx, String template, Map<String, Object> params) {
    ctx.html(templates.render(template, params));
  }
}
