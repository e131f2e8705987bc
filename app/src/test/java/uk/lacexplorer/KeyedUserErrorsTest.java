package uk.lacexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.account.TinyWales;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.Audience;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Backups;
import uk.lacexplorer.store.Database;

/**
 * The errors a user meets with accounts, backups, the database and imported files are keyed messages: Welsh on a
 * Welsh page, the command line's option names only on the command line; and none of those packages words an error
 * in English only any more.
 */
class KeyedUserErrorsTest {
  static final List<String> KEYED_PLACES = List.of("account", "store", "imports", "cli/account", "cli/backup",
      "cli/imports", "cli/serve", "web/control", "selfeval", "web/selfeval", "episodes/parse", "events");
  /** Not yet keyed: the checks of an uploaded framework document (an expert's JSON file), worded in English. */
  static final List<String> NOT_YET = List.of("FrameworkJson.java");
  @TempDir
  Path folder;

  @Test
  void accountErrorsAreWelshOnWelshPagesAndNameOptionsOnlyOnTheCommandLine() {
    try (Application app = TinyWales.services(folder, Database.inMemoryUrl("keyed" + System.nanoTime()))) {
      UserError noAuthority = catchThrowableOfType(UserError.class, () -> app.accounts().create("new.coordinator",
          Role.COORDINATOR, null, "a long enough password".toCharArray(), "test"));
      assertThat(noAuthority.getMessage()).contains("--authority CODE");
      assertThat(noAuthority.render(Lang.EN, Audience.WEB)).contains("local authority code").doesNotContain("--");
      assertThat(noAuthority.render(Lang.CY, Audience.WEB)).contains("cydgysylltydd").contains("awdurdod lleol")
          .doesNotContain("--");
      UserError weak = catchThrowableOfType(UserError.class, () -> app.accounts().create("new.viewer", Role.VIEWER,
          null, "1qaz2wsx3edc".toCharArray(), "test"));
      assertThat(weak.render(Lang.CY, Audience.WEB)).startsWith("mae'r cyfrinair hwnnw ar y rhestr");
      UserError unknown = catchThrowableOfType(UserError.class, () -> app.accounts().unlock("nobody", "test"));
      assertThat(unknown.getMessage()).isEqualTo("no account 'nobody': see ./lacx user list");
      assertThat(unknown.render(Lang.CY, Audience.WEB)).isEqualTo("nid oes cyfrif 'nobody'");
      assertThat(catchThrowableOfType(UserError.class, () -> Role.parse("boss")).render(Lang.CY, Audience.CLI))
          .isEqualTo("rôl anhysbys 'boss': defnyddiwch un o admin, coordinator, viewer");
    }
  }

  @Test
  void backupAndRestoreErrorsAreKeyed() throws IOException {
    Path home = Files.createDirectories(folder.resolve("home"));
    UserError missing = catchThrowableOfType(UserError.class, () -> Backups.restore(folder.resolve("none.zip"), home, false));
    assertThat(missing.getMessage()).isEqualTo("no backup file " + folder.resolve("none.zip"));
    assertThat(missing.render(Lang.CY, Audience.CLI)).isEqualTo("nid oes ffeil copi wrth gefn " + folder.resolve("none.zip"));
    Database.openEmbedded(home).close();
    Path junk = Files.writeString(folder.resolve("junk.zip"), "not a zip");
    UserError exists = catchThrowableOfType(UserError.class, () -> Backups.restore(junk, home, false));
    assertThat(exists.getMessage()).contains("add --force to replace it");
    assertThat(exists.render(Lang.CY, Audience.CLI)).startsWith("mae cronfa ddata eisoes yn").contains("--force");
  }

  /** No error can be worded in English only any more: every one is built from a key (checked by MessagesInSyncTest). */
  @Test
  void anErrorCanOnlyBeMadeFromAKey() {
    assertThat(UserError.class.getConstructors()).isEmpty();
    assertThat(java.util.Arrays.stream(UserError.class.getDeclaredConstructors())
        .filter(c -> c.getParameterCount() > 0 && c.getParameterTypes()[0] == String.class
            && (c.getParameterCount() == 1 || c.getParameterTypes()[1] != List.class)))
        .isEmpty();
  }

  @Test
  void frameworkEpisodeAndUploadErrorsAreWelshOnWelshPages() {
    String json = uk.lacexplorer.selfeval.FrameworkJson.write(uk.lacexplorer.selfeval.FrameworkJson.standard());
    UserError noWelsh = catchThrowableOfType(UserError.class, () -> uk.lacexplorer.selfeval.FrameworkJson.parse(
        json.replace("\"text_cy\" : \"Mae gwaith achos", "\"text_xx\" : \"Mae gwaith achos"),
        uk.lacexplorer.i18n.Arg.key("framework.origin.uploaded")));
    assertThat(noWelsh.getMessage()).isEqualTo("uploaded framework (awhcs-2013 v1): characteristic C4 needs Welsh text (_cy)");
    assertThat(noWelsh.render(Lang.CY, Audience.WEB))
        .isEqualTo("fframwaith a lwythwyd i fyny (awhcs-2013 fersiwn 1): nodwedd C4: mae angen testun Cymraeg (_cy)");
    UserError months = catchThrowableOfType(UserError.class, () -> uk.lacexplorer.episodes.survival.Grouping.parse("week"));
    assertThat(months.getMessage()).isEqualTo("unknown --by 'week': use all, cohort, age or la");
    assertThat(months.render(Lang.CY, Audience.CLI)).isEqualTo("gwerth anhysbys ar gyfer --by, 'week': defnyddiwch all, cohort, age neu la");
    UserError synth = catchThrowableOfType(UserError.class, () -> uk.lacexplorer.episodes.synth.SynthParameters.defaults(
        0, 5, 1, 1));
    assertThat(synth.getMessage()).isEqualTo("--children must be at least 1");
    assertThat(synth.render(Lang.CY, Audience.CLI)).isEqualTo("rhaid i --children fod yn 1 o leiaf");
    UserError rejected = new uk.lacexplorer.imports.ImportRejectedException(List.of(
        new uk.lacexplorer.imports.Problem("a.csv", 3, "count", "-5", "a count cannot be negative"),
        uk.lacexplorer.imports.Problem.ofFile("a.csv", "second")));
    assertThat(rejected.getMessage())
        .isEqualTo("a.csv:3: column 'count', value '-5': a count cannot be negative (and 1 more problems; nothing was imported)");
    assertThat(rejected.render(Lang.CY, Audience.WEB)).endsWith("(1 problem arall hefyd; ni fewnforiwyd dim)");
  }
}
