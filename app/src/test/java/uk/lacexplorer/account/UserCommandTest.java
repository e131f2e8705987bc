package uk.lacexplorer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.lacexplorer.Main;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.store.Database;

/** {@code ./lacx user add}, with the password on standard input. */
class UserCommandTest {
  @TempDir
  Path folder;
  Application services;
  InputStream originalIn;

  record Run(int exitCode, String out, String err) {
  }

  @BeforeEach
  void open() {
    services = TinyWales.services(folder, Database.inMemoryUrl("usercmd" + System.nanoTime()));
    originalIn = System.in;
  }

  @AfterEach
  void close() {
    System.setIn(originalIn);
    services.close();
  }

  Run run(String stdin, String... args) {
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    LacxCommand root = Wiring.root(services);
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(root));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return new Run(commandLine.execute(args), out.toString(), err.toString());
  }

  @Test
  void createsACoordinatorWithThePasswordFromStandardInput() {
    Run run = run("a password from stdin\n", "user", "add", "--username", "tor.coordinator", "--role", "coordinator",
        "--authority", TinyWales.TORFAEN);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("created coordinator account 'tor.coordinator' for W06000020");
    assertThat(services.accounts().login("tor.coordinator", "a password from stdin".toCharArray(), "cli"))
        .isInstanceOf(LoginResult.SignedIn.class);
    assertThat(services.accounts().audit().recent(TinyWales.TORFAEN, 5))
        .anySatisfy(event -> assertThat(event.action()).isEqualTo(AuditAction.ACCOUNT_CREATED));
  }

  @Test
  void hasNoPasswordOptionAndExplainsMistakesInOneLine() {
    Run withOption = run("", "user", "add", "--username", "x1x", "--role", "admin", "--password", "secret123456");
    assertThat(withOption.exitCode()).isEqualTo(2);
    assertThat(withOption.err()).contains("Unknown options: '--password'");

    Run empty = run("", "user", "add", "--username", "admin1", "--role", "admin");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("no password on standard input");

    Run unknownAuthority = run("long enough password\n", "user", "add", "--username", "c2c", "--role", "coordinator",
        "--authority", "W06000099");
    assertThat(unknownAuthority.exitCode()).isEqualTo(2);
    assertThat(unknownAuthority.err().strip()).isEqualTo(
        "lacx: unknown local authority code 'W06000099': see ./lacx areas for the codes");

    Run badRole = run("long enough password\n", "user", "add", "--username", "r1r", "--role", "root");
    assertThat(badRole.exitCode()).isEqualTo(2);
    assertThat(badRole.err()).contains("unknown role 'root'");
  }

  @Test
  void anAdministratorResetsAPasswordAndUnlocksAnAccount() {
    run("a password from stdin\n", "user", "add", "--username", "viewer9", "--role", "viewer");
    for (int i = 0; i < 6; i++) services.accounts().login("viewer9", "wrong wrong wrong".toCharArray(), "10.9.9.9");
    assertThat(services.accounts().lockedUntil("viewer9")).isPresent();
    Run unlock = run("", "user", "unlock", "--username", "Viewer9");
    assertThat(unlock.exitCode()).as(unlock.err()).isZero();
    assertThat(unlock.out()).contains("unlocked 'viewer9' (5 failed logins cleared)");
    assertThat(services.accounts().lockedUntil("viewer9")).isEmpty();

    Run reset = run("heron quarry lantern biscuit\n", "user", "reset-password", "--username", "viewer9");
    assertThat(reset.exitCode()).as(reset.err()).isZero();
    assertThat(reset.out()).contains("new password set for 'viewer9'");
    assertThat(services.accounts().login("viewer9", "heron quarry lantern biscuit".toCharArray(), "cli"))
        .isInstanceOf(LoginResult.SignedIn.class);
    Run common = run("password1234\n", "user", "reset-password", "--username", "viewer9");
    assertThat(common.exitCode()).isEqualTo(2);
    assertThat(common.err()).contains("common and breached passwords");
  }
}
