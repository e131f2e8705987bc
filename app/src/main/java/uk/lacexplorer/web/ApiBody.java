package uk.lacexplorer.web;

import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.cli.Report;

/**
 * The body of an API answer: its content type, an optional download file name, and the text.
 *
 * @param fileName the name to save it under ({@code Content-Disposition: attachment}), or null to show it
 */
public record ApiBody(String contentType, String fileName, String text) {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  public static final String JSON_TYPE = "application/json";
  public static final String CSV_TYPE = "text/csv; charset=utf-8";

  /** A command-line report as its {@code --format json} (default) or {@code --format csv}. */
  public static ApiBody of(Report report, String format, String fileName) {
    String chosen = format == null ? "json" : format.toLowerCase(Locale.ROOT);
    return switch (chosen) {
      case "json" -> new ApiBody(JSON_TYPE, null, JSON.writeValueAsString(report.jsonValue()));
      case "csv" -> new ApiBody(CSV_TYPE, fileName, ReportResponses.csvText(report, java.util.List.of()));
      default -> throw new UserError("unknown format '" + Params.shorten(format) + "': use json or csv");
    };
  }

  public static ApiBody json(Object value) {
    return new ApiBody(JSON_TYPE, null, JSON.writeValueAsString(value));
  }
}
