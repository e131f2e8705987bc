package uk.lacexplorer.imports.statswales;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How one StatsWales table is read, from a small mapping file (shipped under {@code statswales/tables/}, or given with
 * {@code mapping=FILE}): its name in English and Welsh, which column of the new site's long download holds the value,
 * the area, the year, the description (the measure) and a breakdown, and which description or (in the classic export)
 * which column heading gives which measure. Lines are {@code key: value}; {@code #} starts a comment; {@code measure:}
 * repeats, as {@code LABEL -> MEASURE_ID} or {@code LABEL -> MEASURE_ID | key=value} for a breakdown.
 *
 * @param id the table's short id, as in the import kind {@code statswales-ID}
 * @param titleEn the table's title on StatsWales, in English
 * @param titleCy the same in Welsh
 * @param url where the table is
 * @param rounded the rounding of the published counts (5 for most Welsh counts; 0 for none): values are flagged rounded
 * @param scale what each published number is multiplied by (1000 for £ thousand)
 * @param longValue the long layout's value column heading ({@code Data values})
 * @param longArea the long layout's area column heading
 * @param longYear the long layout's year column heading
 * @param longMeasure the long layout's description column heading, whose text picks the measure
 * @param longBreakdown the long layout's breakdown column heading, or "" for none
 * @param breakdownKey the breakdown's key ({@code sex}, {@code reason}, …) when {@code longBreakdown} is given
 * @param measures label (a description or a classic column heading, compared without case, spacing or footnote
 *     marks) → the measure and breakdown it gives
 */
public record TableMapping(String id, String titleEn, String titleCy, String url, int rounded, double scale,
                           String longValue, String longArea, String longYear, String longMeasure,
                           String longBreakdown, String breakdownKey, Map<String, Target> measures) {
  /** Where one label goes: a measure id and a breakdown ({@code key=value}, or "" for the total). */
  public record Target(String measure, String breakdown) {
  }

  public TableMapping {
    measures = Map.copyOf(measures);
  }

  /** The measure ids the table gives, in the file's order. */
  public List<String> measureIds() {
    return measures.values().stream().map(Target::measure).distinct().sorted().toList();
  }

  /** The label as compared: lower case, single spaces, without footnote marks such as {@code (1)} or {@code [note 2]}. */
  public static String normalise(String label) {
    String text = label == null ? "" : label.replaceAll("\\(\\d+\\)|\\[note \\d+\\]", " ");
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Whether several labels give this measure and breakdown, so that their values are summed. */
  public boolean summed(String measure, String breakdown) {
    return measures.values().stream().filter(t -> t.measure().equals(measure) && t.breakdown().equals(breakdown)).count() > 1;
  }

  public Optional<Target> target(String label) {
    return Optional.ofNullable(measures.get(normalise(label)));
  }

  public static TableMapping read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read the mapping file", e);
    }
  }

  static TableMapping resource(String id) {
    String name = "/statswales/tables/" + id + ".txt";
    try (InputStream in = TableMapping.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("no mapping " + name);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a mapping; a line it cannot read is an {@link IllegalArgumentException} naming the line. */
  public static TableMapping parse(String text, String name) {
    Map<String, String> keys = new LinkedHashMap<>();
    Map<String, Target> measures = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int colon = line.indexOf(':');
      if (colon < 1) throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected 'key: value', found '" + line + "'");
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (key.equals("measure")) {
        int arrow = value.lastIndexOf("->");
        if (arrow < 1) throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected 'measure: LABEL -> MEASURE_ID'");
        String label = normalise(value.substring(0, arrow));
        String[] target = value.substring(arrow + 2).split("\\|", 2);
        String breakdown = target.length > 1 ? target[1].strip() : "";
        if (measures.put(label, new Target(target[0].strip(), breakdown)) != null) {
          throw new IllegalArgumentException(name + " line " + (i + 1) + ": the label '" + label + "' is mapped twice");
        }
      } else if (keys.put(key, value) != null) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": '" + key + "' is given twice");
      }
    }
    for (String required : List.of("id", "title_en", "title_cy", "url", "long.value", "long.area", "long.year", "long.measure")) {
      if (!keys.containsKey(required) || keys.get(required).isEmpty()) {
        throw new IllegalArgumentException(name + ": the mapping needs '" + required + ":'");
      }
    }
    if (measures.isEmpty()) throw new IllegalArgumentException(name + ": the mapping needs at least one 'measure:' line");
    List<String> unknown = new ArrayList<>(keys.keySet());
    unknown.removeAll(List.of("id", "title_en", "title_cy", "url", "rounded", "scale", "long.value", "long.area",
        "long.year", "long.measure", "long.breakdown", "breakdown.key", "period", "stage"));
    if (!unknown.isEmpty()) throw new IllegalArgumentException(name + ": unknown key(s) " + unknown);
    return new TableMapping(keys.get("id"), keys.get("title_en"), keys.get("title_cy"), keys.get("url"),
        Integer.parseInt(keys.getOrDefault("rounded", "0")), Double.parseDouble(keys.getOrDefault("scale", "1")),
        keys.get("long.value"), keys.get("long.area"), keys.get("long.year"), keys.get("long.measure"),
        keys.getOrDefault("long.breakdown", ""), keys.getOrDefault("breakdown.key", ""), measures);
  }
}
