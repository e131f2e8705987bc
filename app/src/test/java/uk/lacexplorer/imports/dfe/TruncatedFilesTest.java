package uk.lacexplorer.imports.dfe;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.ImporterCatalogue;
import uk.lacexplorer.imports.Problem;

/** Every DfE importer rejects its own fixture cut off in the middle of the last line, naming line, column and value. */
class TruncatedFilesTest {
  @TempDir
  Path folder;

  @ParameterizedTest
  @CsvSource({
      "dfe-ees-rates, cla_number_and_rate_per_10k_children.csv",
      "dfe-ees-placement-stability, la_cla_at_31_march_placement_stability_indicator.csv",
      "dfe-ees-started, la_cla_who_started_to_be_looked_after.csv",
      "dfe-ees-ceased, la_children_who_ceased_during_the_year.csv",
      "dfe-sfr-cla, sfr/2012/SFR20_CLA2012.csv",
      "dfe-sfr-started, sfr/2015/SFR34_ADM2015.csv",
      "dfe-sfr-ceased, sfr/2016/SFR41_CEA2016.csv"})
  void rejectsTheFileCutOffMidLineWithLineColumnAndValue(String kind, String fixture) throws IOException {
    List<String> lines = Files.readAllLines(TestAreas.fixture(fixture));
    String header = lines.get(0);
    String last = lines.get(lines.size() - 1);
    String cutLine = last.substring(0, last.length() / 2);
    Path cut = folder.resolve(Path.of(fixture).getFileName().toString());
    Files.writeString(cut, String.join("\r\n", lines.subList(0, lines.size() - 1)) + "\r\n" + cutLine);
    List<String> headerFields = CsvReader.builder().ofCsvRecord(header).stream().findFirst().orElseThrow().getFields();
    CsvRecord cutRecord = CsvReader.builder().ofCsvRecord(cutLine).stream().findFirst().orElseThrow();
    String expectedColumn = headerFields.get(cutRecord.getFieldCount() - 1);
    String expectedValue = cutRecord.getField(cutRecord.getFieldCount() - 1);

    ImportResult result = uk.lacexplorer.imports.standard.StandardImporters.catalogue().get(kind).read(cut, TestAreas.context(java.util.Map.of("year", "2016")));

    ImportResult.Rejected rejected = TestAreas.rejected(result);
    Problem first = rejected.problems().get(0);
    assertThat(first.file()).isEqualTo(cut.getFileName().toString());
    assertThat(first.line()).isEqualTo(lines.size());
    assertThat(first.column()).isEqualTo(expectedColumn);
    assertThat(first.value()).isEqualTo(expectedValue);
    assertThat(first.message()).contains("cut off");
  }
}
