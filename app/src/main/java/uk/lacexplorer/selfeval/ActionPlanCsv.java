package uk.lacexplorer.selfeval;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.output.SafeCsv;

/**
 * An action plan as CSV (RFC 4180, CRLF), one row per action: headers in the page's language, status and the overdue
 * flag as codes, every cell through {@link SafeCsv} (descriptions and owners are free text).
 */
final class ActionPlanCsv {
  static final List<String> COLUMNS = List.of("action_id", "characteristic", "characteristic_text", "description",
      "owner", "due_on", "action_status", "overdue", "round_id", "version", "updated_at");

  private ActionPlanCsv() {
  }

  static String write(List<PlanAction> actions, Framework framework, LocalDate today, boolean welsh) {
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      List<String> header = new ArrayList<>();
      for (String column : COLUMNS) header.add(CsvHeaders.of(column, welsh));
      csv.writeRecord(header);
      for (PlanAction action : actions) {
        String characteristic = framework.characteristic(action.characteristicId()).map(item -> item.text(welsh)).orElse("");
        List<Object> cells = Arrays.asList(action.id(), action.characteristicId(), characteristic, action.description(),
            action.owner(), action.dueOn(), action.status().name().toLowerCase(Locale.ROOT),
            action.overdue(today) ? "yes" : "no", action.roundId(), action.version(), action.updatedAt());
        csv.writeRecord(cells.stream().map(SafeCsv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
