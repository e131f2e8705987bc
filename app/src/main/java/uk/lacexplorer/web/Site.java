package uk.lacexplorer.web;

import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.Services;

/**
 * What every web feature shares: the application's services, the message bundles, the templates, the settings and
 * the modules (for the navigation, account links, form fields and access policies). Thread-safe once built.
 */
public final class Site {
  private final Services services;
  private final WebSettings settings;
  private final Messages messages = Messages.standard();
  private final Templates templates = new Templates();
  private final RatesCache rates;
  private final ApiCache api = new ApiCache();
  private final List<WebModule> modules = new ArrayList<>();
  private final List<Runnable> dataChangedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  Site(Services services, WebSettings settings) {
    this.services = services;
    this.settings = settings;
    this.rates = new RatesCache(services);
  }

  void addModule(WebModule module) {
    modules.add(module);
  }

  List<WebModule> modules() {
    return List.copyOf(modules);
  }

  public Services services() {
    return services;
  }

  public WebSettings settings() {
    return settings;
  }

  public Messages messages() {
    return messages;
  }

  /** Rates per 10,000, remembered for a minute (and forgotten at once when data is uploaded here). */
  public RatesCache rates() {
    return rates;
  }

  /** Registers something to forget when the data changes (an upload through the web). */
  public void onDataChanged(Runnable listener) {
    dataChangedListeners.add(listener);
  }

  /** Forgets every remembered result: called after an upload changed the data. */
  public void dataChanged() {
    rates.clear();
    api.clear();
    dataChangedListeners.forEach(Runnable::run);
  }

  /** API answers by address, kept for a minute. */
  public ApiCache api() {
    return api;
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

  /** Whether any module's policy permits the role for this request. */
  boolean permits(Context ctx, WebRole role) {
    if (role == WebRole.ANYONE) return true;
    if (role == WebRole.DATA_MANAGER && settings.allowUpload()) return true;
    for (WebModule module : modules) {
      for (AccessPolicy policy : module.accessPolicies()) {
        if (policy.permits(ctx, role)) return true;
      }
    }
    return false;
  }
}
