package uk.lacexplorer.web;

import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.i18n.UserError;

/**
 * The body of an API answer: its content type, an optional download file name, and the text.
 *
 * @param fileName the name to save it under ({@code Content-Disposition: attachment}), or null to show it
 */
public record ApiBody(String contentType, String fileName, String text) {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  public static final String JSON_TYPE = "application/json";
  public static final String CSV_TYPE = "text/csv; charset=utf-8";

  public static ApiBody json(Object value) {
    return new ApiBody(JSON_TYPE, null, JSON.writeValueAsString(value));
  }
}
