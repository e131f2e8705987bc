package uk.lacexplorer.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text of the application in English and Welsh: every bundle named in {@code i18n/bundles.list} (one base name a
 * line), each as {@code i18n/NAME_en.properties} and {@code NAME_cy.properties} in UTF-8. A key lives in exactly one
 * bundle (checked when loading). Placeholders are {@code {0}}, {@code {1}}, … as in jte's {@code LocalizationSupport};
 * an apostrophe is an ordinary character (no MessageFormat quoting), which matters for Welsh ("sy'n").
 *
 * <p>A key may have a command-line variant {@code KEY.cli}, used by {@link #render(Lang, Audience, String, List)} for
 * the command line only (e.g. when the advice names options such as {@code --skip-missing}); the web never shows it.
 * Immutable and thread-safe.
 */
public final class Messages {
  static final String INDEX = "/i18n/bundles.list";
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d{1,2})\\}");
  private static final Messages STANDARD = load();
  private final Map<Lang, Properties> texts = new EnumMap<>(Lang.class);
  private final Map<String, String> bundleOfKey = new java.util.HashMap<>();
  private final List<String> bundles = new ArrayList<>();

  private Messages() {
    for (Lang lang : Lang.values()) texts.put(lang, new Properties());
  }

  /** The application's bundles (loaded once). */
  public static Messages standard() {
    return STANDARD;
  }

  private static Messages load() {
    Messages messages = new Messages();
    for (String bundle : bundleNames()) {
      messages.bundles.add(bundle);
      for (Lang lang : Lang.values()) {
        Properties properties = load("/i18n/" + bundle + "_" + lang.code() + ".properties");
        for (String key : properties.stringPropertyNames()) {
          String earlier = messages.bundleOfKey.putIfAbsent(lang.code() + ":" + key, bundle);
          if (earlier != null) {
            throw new IllegalStateException("message key " + key + " is in bundles " + earlier + " and " + bundle);
          }
          messages.texts.get(lang).setProperty(key, properties.getProperty(key));
        }
      }
    }
    return messages;
  }

  /** The bundle base names listed in {@code i18n/bundles.list}, in order. */
  public static List<String> bundleNames() {
    List<String> names = new ArrayList<>();
    try (InputStream in = Messages.class.getResourceAsStream(INDEX)) {
      if (in == null) throw new IllegalStateException("missing " + INDEX);
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing message bundle " + resource);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** The text for a key; a missing key shows as {@code ??key??} so it is noticed (a test keeps the bundles complete). */
  public String lookup(Lang lang, String key) {
    String text = texts.get(lang).getProperty(key);
    return text == null ? "??" + key + "??" : text;
  }

  public boolean has(Lang lang, String key) {
    return texts.get(lang).containsKey(key);
  }

  /** The text with {@code {n}} replaced by the arguments as given (the caller formats numbers). */
  public String format(Lang lang, String key, Object... args) {
    String text = lookup(lang, key);
    for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
    return text;
  }

  /**
   * A message for a reader: the {@code .cli} variant of the key for the command line where there is one, and each
   * argument rendered for that reader ({@link Arg#render}: an option is {@code --name} on the command line and its
   * label in the page's language on the web).
   */
  public String render(Lang lang, Audience audience, String key, List<?> args) {
    String chosen = audience == Audience.CLI && has(lang, key + ".cli") ? key + ".cli" : key;
    String text = lookup(lang, chosen);
    // One pass over the wording, so that an argument's own text (a value read from a file, say "{1}") is never
    // taken for a placeholder.
    java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder shown = new StringBuilder();
    while (placeholder.find()) {
      int index = Integer.parseInt(placeholder.group(1));
      String replacement = placeholder.group();
      if (index < args.size()) {
        Object arg = args.get(index);
        replacement = arg instanceof Arg special ? special.render(this, lang, audience) : String.valueOf(arg);
      }
      placeholder.appendReplacement(shown, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    placeholder.appendTail(shown);
    return shown.toString();
  }

  public Set<String> keys(Lang lang) {
    return new TreeSet<>(texts.get(lang).stringPropertyNames());
  }

  /** The keys of one bundle in one language, as its file holds them. */
  public static Set<String> keysOfBundle(String bundle, Lang lang) {
    return new TreeSet<>(load("/i18n/" + bundle + "_" + lang.code() + ".properties").stringPropertyNames());
  }

  public List<String> bundles() {
    return List.copyOf(bundles);
  }
}
