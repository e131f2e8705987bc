package uk.lacexplorer.web.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.account.TinyWales;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.store.Database;

/**
 * The promises of issue 14 kept by the real server in a child process ({@code java -cp <test class path>
 * uk.lacexplorer.Main serve}) on the embedded H2 file: (1) an answer acknowledged with HTTP 200 survives a SIGKILL at
 * any moment and the file always opens again (20 trials, random kill points from a fixed seed, answers from several
 * threads); (2) the only socket the server listens on is the web port, on loopback.
 */
class CrashDurabilityTest {
  static final String PASSWORD = "torfaen coordinator password";
  static final int TRIALS = Integer.getInteger("lacx.crash.trials", 20);
  static final int RESPONDENTS = 4;
  @TempDir
  Path home;

  @Test
  @Timeout(value = 170)
  void everyAcknowledgedAnswerSurvivesKillNineAndOnlyTheWebPortListensOnLoopback() throws Exception {
    try (Application setup = TinyWales.services(home, Database.embeddedUrl(home))) {
      setup.store();
      setup.accounts().create("tor.coordinator", Role.COORDINATOR, TinyWales.TORFAEN, PASSWORD.toCharArray(), "test");
    }
    Random random = new Random(14);
    Set<String> acknowledged = new HashSet<>();
    Set<String> all = new HashSet<>();
    String roundPath = null;
    for (int trial = 0; trial <= TRIALS; trial++) {
      int port = freePort();
      Process server = start(port);
      try {
        Browser coordinator = new Browser(port).signIn("tor.coordinator", PASSWORD);
        // After each kill: the file opened, and every answer acknowledged before it is there (its link is used up).
        for (String link : all) {
          int status = new Browser(port).get(link).status();
          if (acknowledged.contains(link)) {
            assertThat(status).as("acknowledged answer %s after %d kills", link, trial).isEqualTo(410);
          } else {
            assertThat(status).as("unacknowledged link %s", link).isIn(302, 410);
          }
        }
        if (trial == 0) assertOnlyWebPortListensOnLoopback(server.pid(), port);
        if (trial == TRIALS) break;
        String csrf = coordinator.get("/selfeval/rounds/new").csrf();
        if (roundPath == null) {
          Browser.Page created = coordinator.post("/selfeval/rounds", Browser.fields("_csrf", csrf, "title", "Crash",
              "opens", LocalDate.now().toString(), "closes", LocalDate.now().plusDays(30).toString(),
              "groups", "social_work"));
          assertThat(created.status()).isEqualTo(302);
          roundPath = created.location();
        }
        Browser.Page invited = coordinator.follow(coordinator.post(roundPath + "/invitations", "_csrf", csrf,
            "group", "social_work", "count", Integer.toString(RESPONDENTS), "label", "Trial " + trial, "output", "page"));
        assertThat(invited.status()).isEqualTo(200);
        List<String> links = new ArrayList<>();
        Matcher matcher = SelfevalWebFlowTest.LINK.matcher(invited.body());
        while (matcher.find()) links.add(matcher.group(1));
        assertThat(links).hasSize(RESPONDENTS);
        all.addAll(links);
        ConcurrentLinkedQueue<String> done = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (String link : links) {
          Thread thread = new Thread(() -> {
            try {
              Browser respondent = new Browser(port);
              respondent.get(link);
              Browser.Page form = respondent.get("/selfeval/respond");
              if (respondent.post("/selfeval/respond",
                  SelfevalWebFlowTest.answers(form.csrf(), "submit", "emerging")).status() == 200) {
                done.add(link);
              }
            } catch (RuntimeException | AssertionError killed) {
              // the server died under this request: not acknowledged
            }
          });
          threads.add(thread);
          thread.start();
        }
        Thread.sleep(random.nextInt(600));
        server.destroyForcibly().waitFor();   // SIGKILL on Linux
        for (Thread thread : threads) thread.join(10_000);
        acknowledged.addAll(done);
      } finally {
        server.destroyForcibly().waitFor();
      }
    }
    assertThat(acknowledged).as("some answers were acknowledged before a kill").isNotEmpty();
    assertThat(all.size() - acknowledged.size()).as("some requests were in flight at a kill").isPositive();
  }

  private Process start(int port) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "uk.lacexplorer.Main",
        "serve", "--port", Integer.toString(port));
    builder.environment().put("LACX_HOME", home.toString());
    builder.environment().put("LACX_DATASET", home.resolve("dataset").toString());
    builder.environment().remove("LACX_DB_URL");
    builder.redirectErrorStream(true).redirectOutput(home.resolve("serve.log").toFile());
    Process process = builder.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) throw new AssertionError("server ended: " + Files.readString(home.resolve("serve.log")));
      if (Files.readString(home.resolve("serve.log")).contains("is running at")) return process;
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new AssertionError("server did not start: " + Files.readString(home.resolve("serve.log")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The child's listening TCP sockets, from its file descriptors and /proc/net/tcp{,6}: just the web port, loopback. */
  static void assertOnlyWebPortListensOnLoopback(long pid, int port) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
        } catch (IOException gone) {
          // closed meanwhile
        }
      }
    }
    List<String> listening = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6")) {
      Path file = Path.of("/proc", Long.toString(pid), "net", table);
      if (!Files.exists(file)) continue;
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] f = line.trim().split("\\s+");
        if (f[3].equals("0A") && inodes.contains(f[9])) listening.add(f[1]);
      }
    }
    String hexPort = String.format(":%04X", port);
    assertThat(listening).as("listening sockets of the server").hasSize(1);
    String address = listening.get(0);
    assertThat(address).endsWith(hexPort);
    assertThat(address.substring(0, address.indexOf(':')))
        .as("loopback address").isIn("0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000");
  }
}
