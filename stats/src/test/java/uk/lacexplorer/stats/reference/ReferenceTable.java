package uk.lacexplorer.stats.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A CSV fixture written by {@code reference/need_reference.R} (no quoted fields): header plus rows of strings.
 */
public record ReferenceTable(List<String> header, List<String[]> rows) {

  public static ReferenceTable read(String name) {
    try (InputStream in = ReferenceTable.class.getResourceAsStream("/reference/" + name)) {
      if (in == null) throw new IllegalStateException("missing fixture " + name);
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) rows.add(line.split(",", -1));
      return new ReferenceTable(Arrays.asList(lines.get(0).split(",")), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int column(String name) {
    int index = header.indexOf(name);
    if (index < 0) throw new IllegalArgumentException("no column " + name);
    return index;
  }

  public String get(String[] row, String column) {
    return row[column(column)];
  }

  public double number(String[] row, String column) {
    return parse(get(row, column));
  }

  /** R's spellings of the special values included. */
  public static double parse(String text) {
    return switch (text) {
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN", "NA" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }

  public List<String[]> where(Predicate<String[]> filter) {
    return rows.stream().filter(filter).toList();
  }

  public double[] numbers(String column) {
    return rows.stream().mapToDouble(row -> number(row, column)).toArray();
  }

  public List<String> strings(String column) {
    return rows.stream().map(row -> get(row, column)).toList();
  }

  /** need_models.csv: the value of one model quantity for one term ("" for whole-model quantities). */
  public double value(String model, String quantity, String term) {
    List<String[]> found = where(r -> r[0].equals(model) && r[1].equals(quantity) && r[2].equals(term));
    if (found.size() != 1) throw new IllegalArgumentException("%s %s %s: %d rows".formatted(model, quantity, term, found.size()));
    return Double.parseDouble(found.get(0)[3]);
  }

  /** need_models.csv: quantity by term (area code) in file order. */
  public Map<String, Double> values(String model, String quantity) {
    return where(r -> r[0].equals(model) && r[1].equals(quantity)).stream()
        .collect(Collectors.toMap(r -> r[2], r -> Double.parseDouble(r[3]), (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
