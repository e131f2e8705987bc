package uk.lacexplorer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interface text in English and Welsh, from {@code i18n/messages_en.properties} and {@code messages_cy.properties}
 * (UTF-8). Placeholders are {@code {0}}, {@code {1}}, … as in jte's {@code LocalizationSupport}; an apostrophe is an
 * ordinary character (no MessageFormat quoting), which matters for Welsh ("sy'n"). Immutable and thread-safe.
 */
public final class Messages {
  private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

  private Messages() {
  }

  public static Messages standard() {
    Messages messages = new Messages();
    for (Lang lang : Lang.values()) messages.bundles.put(lang, load("/i18n/messages_" + lang.code() + ".properties"));
    return messages;
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
    String text = bundles.get(lang).getProperty(key);
    return text == null ? "??" + key + "??" : text;
  }

  public boolean has(Lang lang, String key) {
    return bundles.get(lang).containsKey(key);
  }

  /** The text with {@code {n}} replaced by the arguments as given (the caller formats numbers). */
  public String format(Lang lang, String key, Object... args) {
    String text = lookup(lang, key);
    for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
    return text;
  }

  public Set<String> keys(Lang lang) {
    return new TreeSet<>(bundles.get(lang).stringPropertyNames());
  }
}
