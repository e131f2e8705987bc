package uk.lacexplorer.imports.dfe;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.area.AreaCode;

/**
 * DfE's old three-digit local authority numbers (e.g. 201 City of London) and the GSS codes they stand for, from the
 * curated resource {@code /areas/dfe_la_numbers.csv}. The 2010 SFR files give only these numbers.
 */
public final class DfeLaNumbers {
  private static final String RESOURCE = "/areas/dfe_la_numbers.csv";
  private static volatile Map<String, AreaCode> codes;

  private DfeLaNumbers() {
  }

  public static Optional<AreaCode> code(String laNumber) {
    return Optional.ofNullable(all().get(laNumber == null ? "" : laNumber.strip()));
  }

  public static Map<String, AreaCode> all() {
    Map<String, AreaCode> current = codes;
    if (current == null) {
      current = load();
      codes = current;
    }
    return current;
  }

  private static Map<String, AreaCode> load() {
    Map<String, AreaCode> map = new HashMap<>();
    try (InputStream in = DfeLaNumbers.class.getResourceAsStream(RESOURCE);
         CsvReader<NamedCsvRecord> reader = CsvReader.builder().commentStrategy(de.siegmar.fastcsv.reader.CommentStrategy.SKIP)
             .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord row : reader) {
        if (map.put(row.getField("la_number"), new AreaCode(row.getField("area_code"))) != null) {
          throw new IllegalStateException(RESOURCE + ": la_number " + row.getField("la_number") + " twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
