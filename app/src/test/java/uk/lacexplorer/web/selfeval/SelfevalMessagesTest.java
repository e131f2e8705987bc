package uk.lacexplorer.web.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.selfeval.ConflictException;
import uk.lacexplorer.selfeval.InvitationUnavailableException;
import uk.lacexplorer.selfeval.PlanAction;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;

/** Every message key the self-evaluation, sign-in and access-check code names, directly or built from an enum, exists in both languages. */
class SelfevalMessagesTest {
  private static final Pattern KEY = Pattern.compile("\"((?:selfeval|account|error|nav)\\.[A-Za-z0-9_.]+)\"");

  @Test
  void keysNamedInCodeAndBuiltFromEnumsExistInEnglishAndWelsh() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String folder : new String[] {"src/main/java/uk/lacexplorer/web/selfeval", "src/main/java/uk/lacexplorer/web/account",
        "src/main/java/uk/lacexplorer/web/AccessControl.java"}) {
      Path place = Path.of(folder);
      try (Stream<Path> files = Files.isDirectory(place) ? Files.list(place) : Stream.of(place)) {
        for (Path file : files.toList()) {
          Matcher matcher = KEY.matcher(Files.readString(file));
          while (matcher.find()) if (!matcher.group(1).endsWith(".")) keys.add(matcher.group(1));
        }
      }
    }
    for (Round.Status status : Round.Status.values()) keys.add("selfeval.status." + status.name());
    for (Role role : Role.values()) keys.add("selfeval.role." + role.id());
    for (PlanAction.Status status : PlanAction.Status.values()) keys.add("selfeval.action." + status.name());
    for (ConflictException.Reason reason : ConflictException.Reason.values()) {
      keys.add("selfeval.conflict." + reason.name().toLowerCase(Locale.ROOT));
    }
    for (InvitationUnavailableException.Reason reason : InvitationUnavailableException.Reason.values()) {
      keys.add("selfeval.unavailable." + reason.name().toLowerCase(Locale.ROOT));
    }
    assertThat(keys).hasSizeGreaterThanOrEqualTo(40);
    Messages messages = Messages.standard();
    for (String key : keys) {
      assertThat(messages.has(Lang.EN, key)).as(key).isTrue();
      assertThat(messages.has(Lang.CY, key)).as(key).isTrue();
    }
  }
}
