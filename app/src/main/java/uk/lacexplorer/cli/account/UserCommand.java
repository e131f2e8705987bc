package uk.lacexplorer.cli.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.PasswordHasher;
import uk.lacexplorer.account.Role;

/** {@code ./lacx user add}: local accounts. Passwords come from standard input, never from the command line. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage local accounts.",
    subcommands = {UserCommand.Add.class, UserCommand.ResetPassword.class, UserCommand.Unlock.class})
public final class UserCommand {
  @ParentCommand
  LacxCommand root;

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Create an account. The password is read from standard input (first line), or asked for twice "
          + "without echo on a terminal; it is never given on the command line.",
          "Example: printf '%s\\n' \"$PASSWORD\" | ./lacx user add --username tor.coordinator --role coordinator "
              + "--authority W06000020"})
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ParentCommand
    UserCommand parent;
    @Option(names = "--username", required = true, description = "3–60 characters: a-z 0-9 . _ @ -")
    String username;
    @Option(names = "--role", required = true, paramLabel = "admin|coordinator|viewer", description = "The account's role.")
    String role;
    @Option(names = "--authority", paramLabel = "CODE", description = "A coordinator's local authority code, e.g. W06000020.")
    String authority;

    @Override
    public Integer call() {
      Role parsedRole = Role.parse(role);
      char[] password = readPassword();
      Account account = parent.root.application().accounts().create(username, parsedRole, authority, password, "cli");
      spec.commandLine().getOut().printf("created %s account '%s'%s%n", account.role().id(), account.username(),
          account.authorityCode() == null ? "" : " for " + account.authorityCode());
      spec.commandLine().getOut().flush();
      return 0;
    }

    static char[] readPassword() {
      Console console = System.console();
      if (console != null && isTerminal(console)) {
        char[] first = console.readPassword("Password (at least %d characters): ", PasswordHasher.MINIMUM_LENGTH);
        char[] second = console.readPassword("Password again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
          throw UserError.of("error.user.passwordsDiffer");
        }
        Arrays.fill(second, '\0');
        return first;
      }
      try {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || line.isEmpty()) {
          throw UserError.of("error.user.noPassword");
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static boolean isTerminal(Console console) {
      try {
        return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
      } catch (ReflectiveOperationException e) {
        return true; // Java 17–21: System.console() is null unless standard input and output are a terminal.
      }
    }
  }

  @Command(name = "reset-password", mixinStandardHelpOptions = true,
      description = {"Set a new password for an account (administrators). The password is read from standard input, "
          + "as for add. Every session of the account ends and its failed logins are cleared.",
          "Example: printf '%s\\n' \"$PASSWORD\" | ./lacx user reset-password --username tor.coordinator"})
  static final class ResetPassword implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ParentCommand
    UserCommand parent;
    @Option(names = "--username", required = true, description = "The account.")
    String username;

    @Override
    public Integer call() {
      char[] password = Add.readPassword();
      Account account = parent.root.application().accounts().resetPassword(username, password, "cli");
      spec.commandLine().getOut().printf("new password set for '%s'; its sessions have ended%n", account.username());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "unlock", mixinStandardHelpOptions = true,
      description = {"Lift a lockout after failed logins (administrators).",
          "Example: ./lacx user unlock --username tor.coordinator"})
  static final class Unlock implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ParentCommand
    UserCommand parent;
    @Option(names = "--username", required = true, description = "The account.")
    String username;

    @Override
    public Integer call() {
      int cleared = parent.root.application().accounts().unlock(username, "cli");
      spec.commandLine().getOut().printf("unlocked '%s' (%d failed logins cleared)%n", username.strip().toLowerCase(
          java.util.Locale.ROOT), cleared);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
