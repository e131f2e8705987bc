package uk.lacexplorer.area.build;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.lacexplorer.i18n.UserError;

/** A small CSV file with a header row, read whole into maps (column name to text, stripped). */
final class CsvTable {
  private CsvTable() {
  }

  static List<Map<String, String>> file(Path path) {
    if (!Files.isRegularFile(path)) throw UserError.of("error.areas.lookupMissing", path);
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(path.toString(), e);
    }
  }

  static List<Map<String, String>> resource(String name) {
    try (InputStream in = CsvTable.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("resource missing: " + name);
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  private static List<Map<String, String>> read(InputStream in) throws IOException {
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true)
        .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.stream().map(row -> row.getFieldsAsMap().entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().strip())))
          .toList();
    }
  }

  /** The first column whose name starts with {@code prefix} and ends with {@code suffix}, e.g. utla19_code. */
  static String column(Map<String, String> header, String prefix, String suffix) {
    return header.keySet().stream().filter(name -> name.startsWith(prefix) && name.endsWith(suffix)).sorted()
        .findFirst().orElseThrow(() -> new IllegalStateException("no column " + prefix + "…" + suffix + " in " + header.keySet()));
  }
}
