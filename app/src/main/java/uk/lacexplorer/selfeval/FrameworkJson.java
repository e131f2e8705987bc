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
import uk.lacexplorer.i18n.Arg;
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

  /** Parses and checks a framework; {@code origin} names the document in error messages (a file name, or a word). */
  public static Framework parse(String json, Object origin) {
    Framework framework;
    try {
      framework = MAPPER.readValue(json, Framework.class);
    } catch (JacksonException e) {
      throw UserError.of("error.framework.notJson", origin, e.getOriginalMessage());
    }
    check(framework, origin);
    return framework;
  }

  static void check(Framework framework, Object origin) {
    Where where = new Where(origin, framework.id(), framework.version());
    where.require(framework.id() != null && ID.matcher(framework.id()).matches(), "error.framework.id");
    where.require(framework.version() >= 1, "error.framework.version");
    requireText(where, "title", framework.titleEn(), framework.titleCy());
    requireText(where, "credit", framework.creditEn(), framework.creditCy());
    requireText(where, "no_target", framework.noTargetEn(), framework.noTargetCy());
    checkScale(framework.scale(), where);
    Set<String> groupIds = new HashSet<>();
    where.require(!framework.groups().isEmpty(), "error.framework.noGroups");
    for (Framework.StakeholderGroup group : framework.groups()) {
      where.require(group.id() != null && ID.matcher(group.id()).matches() && groupIds.add(group.id()),
          "error.framework.groupId", String.valueOf(group.id()));
      requireText(where, Arg.words("framework.part.group", group.id()), group.labelEn(), group.labelCy());
    }
    where.require(!framework.themes().isEmpty(), "error.framework.noThemes");
    Set<String> themeIds = new HashSet<>();
    for (Framework.Theme theme : framework.themes()) {
      where.require(theme.id() != null && THEME_ID.matcher(theme.id()).matches() && themeIds.add(theme.id()),
          "error.framework.themeId", String.valueOf(theme.id()));
      requireText(where, Arg.words("framework.part.theme", theme.id()), theme.titleEn(), theme.titleCy());
      where.require(!theme.characteristics().isEmpty(), "error.framework.emptyTheme", theme.id());
      Set<String> itemIds = new HashSet<>();
      for (Framework.Characteristic item : theme.characteristics()) {
        where.require(item.id() != null && item.id().matches(Pattern.quote(theme.id()) + "[1-9][0-9]?")
            && itemIds.add(item.id()), "error.framework.characteristicId", String.valueOf(item.id()), theme.id());
        requireText(where, Arg.words("framework.part.characteristic", item.id()), item.textEn(), item.textCy());
      }
    }
  }

  private static void checkScale(List<Framework.ScalePoint> scale, Where where) {
    Set<String> ids = new HashSet<>();
    Set<Integer> levels = new HashSet<>();
    for (Framework.ScalePoint point : scale) {
      where.require(point.id() != null && ID.matcher(point.id()).matches() && ids.add(point.id()),
          "error.framework.scaleId", String.valueOf(point.id()));
      requireText(where, Arg.words("framework.part.scalePoint", point.id()), point.labelEn(), point.labelCy());
      if (point.rated()) {
        where.require(levels.add(point.level()), "error.framework.levelTwice", point.level());
      }
    }
    where.require(levels.size() >= 2, "error.framework.fewLevels");
    for (int level = 1; level <= levels.size(); level++) {
      where.require(levels.contains(level), "error.framework.levelGaps", levels.size());
    }
  }

  private static void requireText(Where where, Object what, String english, String welsh) {
    where.require(english != null && !english.isBlank(), "error.framework.needsEnglish", what);
    where.require(welsh != null && !welsh.isBlank(), "error.framework.needsWelsh", what);
  }

  /** The document and framework a problem is in: "adapted.json (standard v2): …". */
  private record Where(Object origin, String id, int version) {
    void require(boolean condition, String problemKey, Object... args) {
      if (!condition) throw UserError.of("error.framework.problem", origin, String.valueOf(id), version,
          Arg.words(problemKey, args));
    }
  }
}
