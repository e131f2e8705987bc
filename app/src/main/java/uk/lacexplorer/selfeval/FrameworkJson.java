package uk.lacexplorer.selfeval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.i18n.UserError;

/** Reads and writes frameworks as JSON (snake_case keys: {@code title_en}, {@code text_cy}) and checks them. */
public final class FrameworkJson {
  /** The framework shipped with LAC Explorer, from the 2013 research. */
  public static final String STANDARD_RESOURCE = "/selfeval/awhcs-2013-v1.json";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{1,48}");
  private static final Pattern THEME_ID = Pattern.compile("[A-Z]");
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private FrameworkJson() {
  }

  private static volatile Framework standard;

  /** The shipped framework (read once). */
  public static Framework standard() {
    Framework read = standard;
    if (read == null) {
      read = readStandard();
      standard = read;
    }
    return read;
  }

  private static Framework readStandard() {
    try (InputStream in = FrameworkJson.class.getResourceAsStream(STANDARD_RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + STANDARD_RESOURCE);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), STANDARD_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The framework as a JSON tree with snake_case keys, for printing with other JSON. */
  public static tools.jackson.databind.JsonNode tree(Framework framework) {
    return MAPPER.valueToTree(framework);
  }

  public static String write(Framework framework) {
    return MAPPER.writeValueAsString(framework);
  }

  /** Parses and checks a framework; {@code origin} names the document in error messages. */
  public static Framework parse(String json, String origin) {
    Framework framework;
    try {
      framework = MAPPER.readValue(json, Framework.class);
    } catch (JacksonException e) {
      throw new UserError(origin + ": not a valid framework document: " + e.getOriginalMessage());
    }
    check(framework, origin);
    return framework;
  }

  static void check(Framework framework, String origin) {
    String where = origin + " (" + framework.id() + " v" + framework.version() + ")";
    require(framework.id() != null && ID.matcher(framework.id()).matches(), where,
        "id must be 2–49 lower-case letters, digits, '-' or '_'");
    require(framework.version() >= 1, where, "version must be 1 or more");
    requireText(where, "title", framework.titleEn(), framework.titleCy());
    requireText(where, "credit", framework.creditEn(), framework.creditCy());
    requireText(where, "no_target", framework.noTargetEn(), framework.noTargetCy());
    checkScale(framework.scale(), where);
    Set<String> groupIds = new HashSet<>();
    require(!framework.groups().isEmpty(), where, "needs at least one stakeholder group");
    for (Framework.StakeholderGroup group : framework.groups()) {
      require(group.id() != null && ID.matcher(group.id()).matches() && groupIds.add(group.id()), where,
          "group id '" + group.id() + "' is missing, malformed or repeated");
      requireText(where, "group " + group.id(), group.labelEn(), group.labelCy());
    }
    require(!framework.themes().isEmpty(), where, "needs at least one theme");
    Set<String> themeIds = new HashSet<>();
    for (Framework.Theme theme : framework.themes()) {
      require(theme.id() != null && THEME_ID.matcher(theme.id()).matches() && themeIds.add(theme.id()), where,
          "theme id '" + theme.id() + "' must be one capital letter, used once");
      requireText(where, "theme " + theme.id(), theme.titleEn(), theme.titleCy());
      require(!theme.characteristics().isEmpty(), where, "theme " + theme.id() + " has no characteristics");
      Set<String> itemIds = new HashSet<>();
      for (Framework.Characteristic item : theme.characteristics()) {
        require(item.id() != null && item.id().matches(Pattern.quote(theme.id()) + "[1-9][0-9]?")
            && itemIds.add(item.id()), where,
            "characteristic id '" + item.id() + "' must be the theme letter and a number (" + theme.id() + "1), used once");
        requireText(where, "characteristic " + item.id(), item.textEn(), item.textCy());
      }
    }
  }

  private static void checkScale(List<Framework.ScalePoint> scale, String where) {
    Set<String> ids = new HashSet<>();
    Set<Integer> levels = new HashSet<>();
    for (Framework.ScalePoint point : scale) {
      require(point.id() != null && ID.matcher(point.id()).matches() && ids.add(point.id()), where,
          "scale point id '" + point.id() + "' is missing, malformed or repeated");
      requireText(where, "scale point " + point.id(), point.labelEn(), point.labelCy());
      if (point.rated()) {
        require(levels.add(point.level()), where, "scale level " + point.level() + " is used twice");
      }
    }
    require(levels.size() >= 2, where, "the scale needs at least two rated levels");
    for (int level = 1; level <= levels.size(); level++) {
      require(levels.contains(level), where, "scale levels must run 1.." + levels.size() + " without gaps");
    }
  }

  private static void requireText(String where, String what, String english, String welsh) {
    require(english != null && !english.isBlank(), where, what + " needs English text (_en)");
    require(welsh != null && !welsh.isBlank(), where, what + " needs Welsh text (_cy)");
  }

  private static void require(boolean condition, String where, String message) {
    if (!condition) throw new UserError(where + ": " + message);
  }
}
