package uk.lacexplorer.web;

import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import gg.jte.Content;
import gg.jte.support.LocalizationSupport;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.measure.Measure;

/**
 * What the shared layout and every page template need for one request: the language and its messages, the
 * navigation with the current section marked, the language switch link, hidden form fields, and formatting.
 * Templates take it as {@code @param Page page}. Not thread-safe: one per request.
 */
public final class Page implements LocalizationSupport {
  private final Localizer localizer;
  private final String section;
  private final List<NavigationItem> navigation;
  private final List<NavigationItem> accountLinks;
  private final Map<String, String> formFields;
  private final String switchLanguageHref;
  private final Formats formats;

  Page(Localizer localizer, String section, List<NavigationItem> navigation, List<NavigationItem> accountLinks,
       Map<String, String> formFields, String switchLanguageHref) {
    this.localizer = localizer;
    this.section = section;
    this.navigation = List.copyOf(navigation);
    this.accountLinks = List.copyOf(accountLinks);
    this.formFields = Map.copyOf(formFields);
    this.switchLanguageHref = switchLanguageHref;
    this.formats = new Formats(localizer.lang());
  }

  @Override
  public String lookup(String key) {
    return localizer.lookup(key);
  }

  /** Localised text as trusted content (for element bodies). */
  public Content t(String key) {
    return localize(key);
  }

  /** Localised text as a plain string (for attribute values and titles; jte escapes it). */
  public String text(String key) {
    return localizer.lookup(key);
  }

  /** Localised text with {@code {0}}… replaced by the (already formatted) arguments, as a plain string. */
  public String text(String key, Object... args) {
    String text = localizer.lookup(key);
    for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
    return text;
  }

  public Lang lang() {
    return localizer.lang();
  }

  public boolean welsh() {
    return localizer.lang().welsh();
  }

  public String section() {
    return section;
  }

  public boolean current(NavigationItem item) {
    return item.section().equals(section);
  }

  public List<NavigationItem> navigation() {
    return navigation;
  }

  public List<NavigationItem> accountLinks() {
    return accountLinks;
  }

  public Map<String, String> formFields() {
    return formFields;
  }

  public String switchLanguageHref() {
    return switchLanguageHref;
  }

  public Formats format() {
    return formats;
  }

  public String name(Area area) {
    return area.name(welsh());
  }

  public String name(Measure measure) {
    return measure.label(welsh());
  }

  /** What a measure's period number means, in the page's language. */
  public String period(Measure measure) {
    return uk.lacexplorer.measure.MeasureTexts.period(measure, welsh());
  }

  /** What a measure counts, in the page's language. */
  public String definition(Measure measure) {
    return uk.lacexplorer.measure.MeasureTexts.definition(measure, welsh());
  }

  /** The official source of a measure, in the page's language. */
  public String source(Measure measure) {
    return uk.lacexplorer.measure.MeasureTexts.source(measure, welsh());
  }
}
