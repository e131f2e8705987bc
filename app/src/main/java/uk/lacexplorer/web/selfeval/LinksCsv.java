package uk.lacexplorer.web.selfeval;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import uk.lacexplorer.output.SafeCsv;
import uk.lacexplorer.selfeval.CsvHeaders;
import uk.lacexplorer.selfeval.IssuedInvitation;

/** New invitation links as a CSV download (headers in the page's language, every cell formula-safe, never stored). */
final class LinksCsv {
  static final List<String> COLUMNS = List.of("round_id", "group", "label", "link", "expires_at");

  private LinksCsv() {
  }

  static void send(Context ctx, long roundId, List<IssuedInvitation> issued, boolean welsh) {
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      csv.writeRecord(COLUMNS.stream().map(column -> CsvHeaders.of(column, welsh)).toList());
      for (IssuedInvitation invitation : issued) {
        csv.writeRecord(List.of(roundId, invitation.invitation().groupId(), invitation.invitation().label(),
            Links.base(ctx) + invitation.path(), invitation.invitation().expiresAt()).stream().map(SafeCsv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"invitations-round-" + roundId + ".csv\"");
    ctx.header("Cache-Control", "no-store");
    ctx.result(text.toString());
  }
}
