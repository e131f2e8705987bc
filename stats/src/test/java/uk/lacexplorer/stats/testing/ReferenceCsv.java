package uk.lacexplorer.stats.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a reference CSV written by an R script under src/test/resources/reference (no quoting, header row). */
public final class ReferenceCsv {
  private ReferenceCsv() {
  }

  public record Row(Map<String, String> fields) {
    public String text(String column) {
      String value = fields.get(column);
      if (value == null) throw new IllegalArgumentException("no column " + column + " in " + fields.keySet());
      return value;
    }

    public double number(String column) {
      String value = text(column);
      return value.equals("Inf") ? Double.POSITIVE_INFINITY : value.equals("NA") ? Double.NaN : Double.parseDouble(value);
    }
  }

  public static List<Row> read(String resource) {
    InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalArgumentException("missing test resource " + resource);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = reader.readLine().split(",", -1);
      List<Row> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) continue;
        String[] cells = line.split(",", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) fields.put(header[i], i < cells.length ? cells[i] : "");
        rows.add(new Row(fields));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
