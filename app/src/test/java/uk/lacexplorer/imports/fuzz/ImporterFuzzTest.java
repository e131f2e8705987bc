package uk.lacexplorer.imports.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.ImportService;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.standard.StandardImporters;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;
import uk.lacexplorer.testing.TestData;

/**
 * Every importer on jqwik-driven mutations of the real test-resource files of its own source (StatsWales, ONS,
 * deprivation, covariates, DfE): impossible and odd cells (1e308, -5, 12.5, NaN, NUL, huge, markers), deleted and
 * repeated lines, cut-off files, flipped bytes. Each try must end in success or a UserError within 10 seconds, and a
 * refused import must leave the store as it was. Jazzer is not served by the Maven registry here. About 300 tries.
 */
public class ImporterFuzzTest {
  private static final List<String> ODD_CELLS = List.of("1e308", "-5", "12.5", "NaN", "Infinity", "-0", "0x1F",
      "\u0000", "99999999999999999999999", "", " ", "*", "c", "z", "x", ".", "low", "C", "\"", "\"\"\"", ",", "\t",
      "9".repeat(400), "é", "\uFFFD", "-1", "-99", "1,000,000,000", "100.5%", "2012", "W06000099", "E10000999");
  private static final String[] SOURCES = {"statswales", "ons", "deprivation", "covariates", "dfe"};
  private static Database database;
  private static JdbcObservationStore store;
  private static ImportService imports;
  private static List<Importer> importers;
  private static ExecutorService runner;
  private static Path folder;

  @BeforeContainer
  static void open() throws IOException {
    database = TestData.freshDatabase();
    store = TestData.shippedStore(database);
    imports = new ImportService(store, StandardImporters.catalogue(), MeasureCatalogue.standard());
    importers = StandardImporters.catalogue().all();
    runner = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "fuzz");
      thread.setDaemon(true);
      return thread;
    });
    folder = Files.createTempDirectory("lacx-fuzz");
  }

  @AfterContainer
  static void close() {
    runner.shutdownNow();
    database.close();
  }

  private static List<Path> fixtures(String source) {
    Path root = TestData.fixture(source);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(csv|tsv|xlsx)$")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int observations() {
    return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM observation").mapTo(Integer.class).one());
  }

  @Property(tries = 300, seed = "14")
  void anyMutationEndsInSuccessOrAUserErrorAndChangesNothingWhenRefused(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    String source = SOURCES[random.nextInt(SOURCES.length)];
    List<Importer> ofSource = importers.stream()
        .filter(importer -> importer.getClass().getPackageName().endsWith("." + source)).toList();
    assertThat(ofSource).as("importers of " + source).isNotEmpty();
    Importer importer = ofSource.get(random.nextInt(ofSource.size()));
    List<Path> files = fixtures(source);
    Path original = files.get(random.nextInt(files.size()));
    byte[] mutated = mutate(Files.readAllBytes(original), original.toString().endsWith(".xlsx"), random);
    Path directory = Files.createDirectories(folder.resolve(Long.toHexString(seed)).resolve(
        original.getParent().getFileName().toString()));
    Path file = directory.resolve(original.getFileName().toString());
    Files.write(file, mutated);
    int before = observations();
    Future<Object> attempt = runner.submit(() -> {
      try {
        if (random.nextInt(4) == 0) return imports.importFile(importer.kind(), file, Map.of());
        return imports.check(importer.kind(), file, Map.of());
      } catch (UserError expected) {
        return expected;
      }
    });
    Object outcome;
    try {
      outcome = attempt.get(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      attempt.cancel(true);
      fail("%s on a mutation of %s took more than 10 s (seed %d)", importer.kind(), original.getFileName(), seed);
      return;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("%s on a mutation of %s (seed %d) ended in %s".formatted(importer.kind(),
          original.getFileName(), seed, e.getCause()), e.getCause());
    }
    if (outcome instanceof UserError error) {
      assertThat(error.getMessage()).as("one line").doesNotContain("\n").isNotBlank();
      assertThat(observations()).as("nothing saved by a refused import").isEqualTo(before);
    } else if (outcome instanceof ImportResult.Rejected rejected) {
      assertThat(rejected.problems()).isNotEmpty();
    }
  }

  /** One to four mutations: a cell replaced with an odd value, a line deleted or repeated, a cut, a flipped byte. */
  public static byte[] mutate(byte[] bytes, boolean binary, Random random) {
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      int kind = binary ? 3 + random.nextInt(2) : random.nextInt(6);
      bytes = switch (kind) {
        case 0, 5 -> replaceCell(bytes, random);
        case 1 -> editLines(bytes, random, true);
        case 2 -> editLines(bytes, random, false);
        case 3 -> java.util.Arrays.copyOf(bytes, random.nextInt(Math.max(bytes.length, 1)));
        default -> {
          byte[] copy = bytes.clone();
          if (copy.length > 0) copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
          yield copy;
        }
      };
    }
    return bytes;
  }

  private static byte[] replaceCell(byte[] bytes, Random random) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.isEmpty()) return bytes;
    int at = random.nextInt(lines.size());
    String separator = lines.get(at).contains("\t") ? "\t" : ",";
    String[] cells = lines.get(at).split(separator, -1);
    cells[random.nextInt(cells.length)] = ODD_CELLS.get(random.nextInt(ODD_CELLS.size()));
    lines.set(at, String.join(separator, cells));
    return String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] editLines(byte[] bytes, Random random, boolean delete) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.size() < 2) return bytes;
    int at = random.nextInt(lines.size());
    if (delete) lines.remove(at);
    else lines.add(at, lines.get(at));
    return String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
