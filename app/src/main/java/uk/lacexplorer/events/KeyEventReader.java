package uk.lacexplorer.events;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.imports.ImportRejectedException;
import uk.lacexplorer.imports.Problem;

/**
 * Reads a CSV of key events with the header {@code area,date,type,label,source} and an optional {@code judgement}
 * column: area a name or GSS code, date ISO {@code YYYY-MM-DD}, type one of {@link EventType#ids()}. Every problem is
 * collected with its line, column and value; any problem rejects the whole file.
 */
public final class KeyEventReader {
  static final List<String> REQUIRED = List.of("area", "date", "type", "label", "source");
  private final AreaRegistry areas;

  public KeyEventReader(AreaRegistry areas) {
    this.areas = areas;
  }

  public List<KeyEvent> read(Path file) {
    if (!Files.isRegularFile(file)) throw UserError.of("error.import.noSuchFile", file);
    try (java.io.Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.getFileName().toString(), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The events of a CSV read from {@code text}, named {@code name} in problems. */
  public List<KeyEvent> read(String name, java.io.Reader text) {
    List<Problem> problems = new ArrayList<>();
    List<KeyEvent> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(text)) {
      boolean headerChecked = false;
      for (NamedCsvRecord row : reader) {
        if (!headerChecked) {
          List<String> missing = REQUIRED.stream().filter(column -> !row.getHeader().contains(column)).toList();
          if (!missing.isEmpty()) {
            throw new ImportRejectedException(List.of(Problem.ofFile(name, "import.events.columnsMissing",
                String.join(", ", missing))));
          }
          headerChecked = true;
        }
        readRow(name, row, problems).ifPresent(event -> {
          String key = event.area() + "|" + event.date() + "|" + event.type() + "|" + event.label();
          if (!seen.add(key)) {
            problems.add(Problem.at(name, row.getStartingLineNumber(), "label", event.label(), "import.events.twice"));
          } else {
            events.add(event);
          }
        });
      }
    } catch (CsvParseException e) {
      problems.add(Problem.ofFile(name, "import.csv.invalid", e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) throw new ImportRejectedException(problems);
    if (events.isEmpty()) throw UserError.of("error.events.noEvents", name);
    return events;
  }

  private Optional<KeyEvent> readRow(String file, NamedCsvRecord row, List<Problem> problems) {
    long line = row.getStartingLineNumber();
    int before = problems.size();
    String dateText = row.getField("date").strip();
    LocalDate date = null;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      problems.add(Problem.at(file, line, "date", dateText, "import.events.notDate"));
    }
    String areaText = row.getField("area").strip();
    Optional<Area> area = areas.match(areaText, date == null ? null : date.getYear());
    if (area.isEmpty()) {
      problems.add(Problem.at(file, line, "area", areaText, "import.events.unknownArea"));
    }
    EventType type = null;
    try {
      type = EventType.parse(row.getField("type"));
    } catch (UserError e) {
      problems.add(Problem.at(file, line, "type", row.getField("type").strip(), "import.events.unknownType", EventType.ids()));
    }
    String label = text(file, row, "label", KeyEvent.MAX_LABEL, true, problems);
    String source = text(file, row, "source", KeyEvent.MAX_SOURCE, true, problems);
    String judgement = row.getHeader().contains("judgement")
        ? text(file, row, "judgement", KeyEvent.MAX_JUDGEMENT, false, problems) : null;
    if (judgement != null && !judgement.isEmpty() && type != null && type != EventType.INSPECTION) {
      problems.add(Problem.at(file, line, "judgement", judgement, "import.events.judgement"));
    }
    if (problems.size() > before) return Optional.empty();
    return Optional.of(new KeyEvent(null, area.get().code(), date, type, label, judgement, source));
  }

  private static String text(String file, NamedCsvRecord row, String column, int max, boolean required,
                             List<Problem> problems) {
    String value = row.getField(column).strip();
    if (required && value.isEmpty()) {
      problems.add(Problem.at(file, row.getStartingLineNumber(), column, "", "import.events.empty", column));
    } else if (value.length() > max) {
      problems.add(Problem.at(file, row.getStartingLineNumber(), column, value.substring(0, 40) + "…",
          "import.events.tooLong", max));
    }
    return value;
  }
}
