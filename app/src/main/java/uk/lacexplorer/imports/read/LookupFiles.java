package uk.lacexplorer.imports.read;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.lacexplorer.i18n.UserError;

/** Lookup files named by importer options (ONS geography lookups): small CSVs with a header row. */
public final class LookupFiles {
  private LookupFiles() {
  }

  public static List<Map<String, String>> read(Path file) {
    if (!Files.isRegularFile(file)) throw UserError.of("error.import.lookupMissing", file);
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
      return reader.stream().map(row -> row.getFieldsAsMap().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().strip()))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw UserError.of(e, "error.import.lookupInvalid", file, e.getMessage());
    }
  }

  /** The code column whose name starts with one of the prefixes, e.g. {@code utla19_code}. */
  public static String column(Path file, List<Map<String, String>> rows, String... prefixes) {
    if (rows.isEmpty()) throw UserError.of("error.import.lookupEmpty", file);
    for (String name : rows.get(0).keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (String prefix : prefixes) {
        if (lower.startsWith(prefix) && (lower.endsWith("_code") || lower.endsWith("cd"))) return name;
      }
    }
    throw UserError.of("error.import.lookupNoColumn", file, String.join("/", prefixes), rows.get(0).keySet());
  }
}
