package uk.lacexplorer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.measure.Unit;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;
import uk.lacexplorer.testing.TestData;

/** Impossible values are refused with one line naming the file, line and value, and nothing is saved. */
class StrictValuesTest {
  @TempDir
  Path folder;
  Database database;
  ImportService imports;

  @BeforeEach
  void open() {
    database = TestData.freshDatabase();
    JdbcObservationStore store = TestData.shippedStore(database);
    imports = new ImportService(store, uk.lacexplorer.imports.standard.StandardImporters.catalogue(),
        MeasureCatalogue.standard());
  }

  @AfterEach
  void close() {
    database.close();
  }

  private int observations() {
    return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM observation").mapTo(Integer.class).one());
  }

  /** The 2012 StatsWales table with Cardiff's under-1 boys (10, line 8) replaced. */
  private Path claWith(String cell) throws IOException {
    String text = Files.readString(TestData.fixture("statswales/CLA_31MAR_2012.csv"), StandardCharsets.UTF_8);
    String changed = text.replace("\"\",\"Cardiff \",10,", "\"\",\"Cardiff \"," + cell + ",");
    assertThat(changed).isNotEqualTo(text);
    Path file = folder.resolve("CLA_31MAR_2012.csv");
    Files.writeString(file, changed, StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e308", "-5", "12.5", "0x10", "Infinity", "NaN", "99999999999999999999", "five"})
  void aCountThatCannotBeIsRefusedAndNothingChanges(String impossible) throws IOException {
    int before = observations();
    Path file = claWith(impossible);
    assertThatThrownBy(() -> imports.importFile("statswales-cla", file, Map.of()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("CLA_31MAR_2012.csv")
        .hasMessageContaining("'" + impossible + "'")
        .hasMessageContaining("nothing was imported")
        .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"));
    assertThat(observations()).isEqualTo(before);
  }

  @Test
  void theLineIsNamedWhenTheReaderRefusesTheCell() throws IOException {
    Path file = claWith("1e308");
    assertThatThrownBy(() -> imports.importFile("statswales-cla", file, Map.of()))
        .hasMessageContaining("CLA_31MAR_2012.csv:8: column");
  }

  @ParameterizedTest
  @ValueSource(strings = {" 10 ", "\"10\"", "\"*\"", "c", "\" . \""})
  void trimmedNumbersAndKnownMarkersAreAccepted(String cell) throws IOException {
    assertThat(imports.check("statswales-cla", claWith(cell), Map.of())).isInstanceOf(ImportResult.Loaded.class);
  }

  private static String english(uk.lacexplorer.i18n.Arg.Words refusal) {
    return refusal == null ? null : refusal.render(uk.lacexplorer.i18n.Messages.standard(), uk.lacexplorer.i18n.Lang.EN,
        uk.lacexplorer.i18n.Audience.CLI);
  }

  @Test
  void boundsByUnit() {
    assertThat(english(ValueBounds.refusal(Unit.COUNT, 12.5))).contains("whole number");
    assertThat(english(ValueBounds.refusal(Unit.COUNT, -5))).contains("whole number from 0 to 20000000");
    assertThat(ValueBounds.refusal(Unit.COUNT, 3e7)).isNotNull();
    assertThat(ValueBounds.refusal(Unit.COUNT, 83_800)).isNull();
    assertThat(english(ValueBounds.refusal(Unit.PERCENT, 100.5))).contains("0 to 100");
    assertThat(ValueBounds.refusal(Unit.PERCENT, 100)).isNull();
    assertThat(ValueBounds.refusal(Unit.PROPORTION, 1.2)).isNotNull();
    assertThat(ValueBounds.refusal(Unit.RATE_PER_10000, -0.1)).isNotNull();
    assertThat(ValueBounds.refusal(Unit.RATE_PER_10000, 70)).isNull();
    assertThat(ValueBounds.refusal(Unit.PERSONS, 11_900_000.4)).isNull();
    assertThat(ValueBounds.refusal(Unit.PERSONS, -1)).isNotNull();
    assertThat(ValueBounds.refusal(Unit.SCORE, Double.NaN)).isNotNull();
  }

  @Test
  void markersStayFlaggedMissingAndOddNumbersAreNotNumbers() {
    assertThat(Markers.parse("1e308")).isEmpty();
    assertThat(Markers.parse("0x10")).isEmpty();
    assertThat(Markers.parse("Infinity")).isEmpty();
    assertThat(Markers.parse(" 7 ").orElseThrow().value()).isEqualTo(7.0);
    assertThat(Markers.parse("C").orElseThrow().isMissing()).isTrue();
    assertThat(Markers.parse("-5").orElseThrow().value()).isEqualTo(-5.0); // read, then refused by unit
  }
}
