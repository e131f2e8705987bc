package uk.lacexplorer.web;

import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.observation.Flag;

/**
 * English and Welsh stay in step (the idea of PetClinic's I18nPropertiesSyncTest): both bundles have the same keys,
 * no empty text, the same placeholders; every key the code names exists; and no template holds visible text of its
 * own (it must come from the bundles).
 */
class MessagesInSyncTest {
  private static final Path TEMPLATES = Path.of("src/main/jte");
  private static final Path SOURCES = Path.of("src/main/java/uk/lacexplorer/web");
  private static final Pattern KEY_USE = Pattern.compile(
      "(?:\\.t|\\.text|\\.localize|lookup\\([^,()]+,|format\\([^,()]+,|NavigationItem)\\(\\s*\"([a-z]\\w*(?:\\.\\w+)+)\"");
  private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\s(aria-label|title|alt|placeholder)=\"([^\"]*)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
  private final Messages messages = Messages.standard();

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(messages.keys(Lang.CY)).containsExactlyElementsOf(messages.keys(Lang.EN));
  }

  @Test
  void noTextIsEmptyAndPlaceholdersMatch() {
    for (String key : messages.keys(Lang.EN)) {
      String english = messages.lookup(Lang.EN, key);
      String welsh = messages.lookup(Lang.CY, key);
      assertThat(english).as(key).isNotBlank();
      assertThat(welsh).as(key).isNotBlank();
      assertThat(placeholders(welsh)).as(key).isEqualTo(placeholders(english));
    }
  }

  @Test
  void welshIsTranslatedNotCopied() {
    List<String> same = new ArrayList<>();
    Set<String> allowedSame = Set.of("service.name", "layout.title", "language.en", "language.cy", "nav.data",
        "footer.api", "data.title", "browse.caption", "compare.xAxis",
        "import.problem.file");
    for (String key : messages.keys(Lang.EN)) {
      if (!allowedSame.contains(key) && messages.lookup(Lang.EN, key).equals(messages.lookup(Lang.CY, key))) same.add(key);
    }
    assertThat(same).isEmpty();
  }

  /** Every bundle named in i18n/bundles.list has both languages with the same keys (whatever package uses it). */
  @Test
  void everyBundleHasBothLanguagesWithTheSameKeys() {
    for (String bundle : Messages.bundleNames()) {
      assertThat(Messages.keysOfBundle(bundle, Lang.CY)).as(bundle)
          .containsExactlyElementsOf(Messages.keysOfBundle(bundle, Lang.EN));
    }
  }

  /** Every error key and bundle word named anywhere in the application's code exists (not only under web/). */
  @Test
  void everyErrorKeyInEveryPackageExists() throws IOException {
    Pattern errorKey = Pattern.compile("(?:UserError\\.of|Arg\\.key|Arg\\.words|Problem\\.of|super)\\((?:[\\w.()]+,\\s*)?\"([a-z]\\w*(?:\\.\\w+)+)\"");
    Set<String> used = new TreeSet<>();
    for (Path file : files(Path.of("src/main/java"), ".java")) {
      Matcher matcher = errorKey.matcher(Files.readString(file));
      while (matcher.find()) used.add(matcher.group(1));
    }
    assertThat(used).hasSizeGreaterThan(200)
        .contains("error.framework.problem", "error.episodes.strict", "error.selfeval.incomplete", "framework.part.group")
        .allSatisfy(key -> assertThat(messages.has(Lang.EN, key) && messages.has(Lang.CY, key)).as(key).isTrue());
  }

  /**
   * Every problem an importer reports is a key of the {@code imports} bundle, named in the code as a string literal
   * {@code "import.…"} (e.g. {@code problems.add(line, column, value, "import.cell.notNumber")}): each one the code
   * names exists in both languages, and each key of the bundle is named by the code (no wording left behind).
   */
  @Test
  void everyImportProblemKeyExistsAndIsUsed() throws IOException {
    Pattern importKey = Pattern.compile("\"(import\\.[a-z]\\w*(?:\\.\\w+)*)\"");
    Set<String> used = new TreeSet<>();
    for (Path file : files(Path.of("src/main/java"), ".java")) {
      Matcher matcher = importKey.matcher(Files.readString(file));
      while (matcher.find()) used.add(matcher.group(1));
    }
    assertThat(used).hasSizeGreaterThan(90)
        .contains("import.cell.notNumber", "import.area.unknown", "import.file.cutOff", "import.events.notDate",
            "import.bounds.count", "import.dashboard.notCount", "import.problem.columnValue")
        .allSatisfy(key -> assertThat(messages.has(Lang.EN, key) && messages.has(Lang.CY, key)).as(key).isTrue());
    Set<String> bundle = new TreeSet<>(Messages.keysOfBundle("imports", Lang.EN));
    bundle.removeIf(key -> key.endsWith(".cli"));
    assertThat(used).containsAll(bundle);
  }

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path file : files(TEMPLATES, ".jte")) collect(Files.readString(file), used);
    for (Path file : files(SOURCES, ".java")) collect(Files.readString(file), used);
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) used.add("nation." + nation.id());
    for (Flag flag : Flag.values()) used.add("flag." + flag.id());
    for (String status : List.of("400", "401", "403", "404", "409", "410", "413", "429", "500")) {
      used.add("error." + status + ".title");
      used.add("error." + status + ".detail");
    }
    for (String value : List.of("higher", "similar", "lower")) used.add("profile.comparison." + value);
    for (String value : uk.lacexplorer.web.compare.CompareChoices.OVERDISPERSION) used.add("compare.overdispersion." + value);
    for (String value : List.of("increasing", "decreasing", "no_significant_change", "cannot_be_calculated")) {
      used.add("profile.direction." + value);
    }
    for (uk.lacexplorer.stats.funnel.Position position : uk.lacexplorer.stats.funnel.Position.values()) {
      used.add("funnel.position." + position.id());
    }
    for (var position : uk.lacexplorer.stats.peers.PeerComparison.Position.values()) {
      used.add("neighbours.position." + position.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (String section : uk.lacexplorer.web.methods.MethodsSections.ALL) {
      used.add("methods." + section + ".heading");
      used.add("methods." + section + ".body");
    }
    assertThat(used).hasSizeGreaterThan(50);
    assertThat(messages.keys(Lang.EN)).containsAll(used);
  }

  @Test
  void templatesContainNoHardCodedText() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(TEMPLATES, ".jte")) {
      String visible = JteText.withoutCode(Files.readString(file));
      Matcher attribute = TEXT_ATTRIBUTE.matcher(visible);
      while (attribute.find()) {
        if (attribute.group(2).matches(".*\\p{L}.*")) problems.add(file + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
      }
      String text = visible.replaceAll("(?s)<[^>]*>", " ");
      for (String line : text.split("\\R")) {
        if (line.matches(".*\\p{L}.*")) problems.add(file + ": " + line.strip());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theTextCheckFindsHardCodedText() {
    String visible = JteText.withoutCode("""
        @param Page page
        @template.layout.page(page = page, title = page.text("x"), content = @`
        <p class="govuk-body">${page.t("ok")} Hello</p>
        <a aria-label="Close" href="${x}">${y}</a>
        @if(a.b("c"))<span>${z}</span>@endif
        `)
        """);
    assertThat(visible.replaceAll("(?s)<[^>]*>", " ").strip()).isEqualTo("Hello");
    assertThat(visible).contains("aria-label=\"Close\"");
  }

  private static void collect(String text, Set<String> used) {
    Matcher matcher = KEY_USE.matcher(text);
    while (matcher.find()) used.add(matcher.group(1));
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) found.add(matcher.group());
    found.sort(null);
    return found;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
