package uk.lacexplorer.measure;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A measure's period, definition and source in the reader's language: English from {@code measures.csv}, Welsh from
 * {@code measures_cy.csv} (id, period_cy, definition_cy, source_cy; reviewed beside the English). A measure without a
 * Welsh row shows its English text. Immutable and thread-safe.
 */
public final class MeasureTexts {
  private static final Map<String, String[]> WELSH = load();

  private MeasureTexts() {
  }

  public static String period(Measure measure, boolean welsh) {
    return pick(measure, welsh, 0, measure.period());
  }

  public static String definition(Measure measure, boolean welsh) {
    return pick(measure, welsh, 1, measure.definition());
  }

  public static String source(Measure measure, boolean welsh) {
    return pick(measure, welsh, 2, measure.source());
  }

  /** Whether the measure has all three texts in Welsh. */
  public static boolean hasWelsh(Measure measure) {
    String[] texts = WELSH.get(measure.id());
    return texts != null && !texts[0].isBlank() && !texts[1].isBlank() && !texts[2].isBlank();
  }

  private static String pick(Measure measure, boolean welsh, int index, String english) {
    if (!welsh) return english;
    String[] texts = WELSH.get(measure.id());
    return texts == null || texts[index].isBlank() ? english : texts[index];
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> texts = new HashMap<>();
    try (InputStream in = MeasureTexts.class.getResourceAsStream("/measures_cy.csv")) {
      if (in == null) return texts;
      try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
          .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader.forEach(row -> texts.put(row.getField("id"), new String[] {row.getField("period_cy"),
            row.getField("definition_cy"), row.getField("source_cy")}));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(texts);
  }
}
