package uk.lacexplorer.episodes.codes;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How a period of care ended, grouped from the reason episode ceased (REC) by {@code episodes/exit-routes.csv}:
 * returned home E4A/E4B, adopted E11/E12, special guardianship E43–E48, residence or child arrangements order E41,
 * independent living E5/E6, aged 18 and staying put E17, and every other reason.
 */
public enum ExitRoute {
  RETURNED_HOME, ADOPTED, SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS_ORDER, INDEPENDENT_LIVING, AGE_18, OTHER;

  private static final ExitRoute[] BY_REASON = load(CodeLists.standard().reasonCeased);

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The route of a reason-ceased code index; null for blank, unknown or X1 (no exit). */
  public static ExitRoute ofReason(int reasonIndex) {
    return reasonIndex <= 0 || reasonIndex >= BY_REASON.length ? null : BY_REASON[reasonIndex];
  }

  private static ExitRoute[] load(CodeList reasons) {
    ExitRoute[] routes = new ExitRoute[reasons.codes().size() + 1];
    try (InputStream in = ExitRoute.class.getResourceAsStream("/episodes/exit-routes.csv");
         CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
      for (NamedCsvRecord row : reader) {
        byte index = reasons.index(row.getField("reason_ceased"));
        if (index <= 0) throw new IllegalStateException("exit-routes.csv names unknown code " + row.getField("reason_ceased"));
        routes[index] = valueOf(row.getField("exit_route").toUpperCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 1; i < routes.length; i++) {
      if (routes[i] == null && !reasons.text(i).equals("X1")) {
        throw new IllegalStateException("exit-routes.csv has no route for " + reasons.text(i));
      }
    }
    return routes;
  }
}
