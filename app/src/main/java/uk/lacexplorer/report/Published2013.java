package uk.lacexplorer.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figures of section 3 of the 2013 research ("Why do local authorities with similar levels of need have different
 * looked after children populations?", Institute of Public Care for the WLGA, ADSS Cymru and the All Wales Heads of
 * Children's Services), as the report prints them, read from {@code report/reproduce-2013.tsv}: where each is
 * (section and figure), what kind of figure it is, the value as printed, the areas it names and the sentence quoted.
 */
public final class Published2013 {
  static final String RESOURCE = "/report/reproduce-2013.tsv";

  /** What a figure is: a count, a rate per 10,000, a change in rate, a list of areas, or one place of a ranking. */
  public enum Kind {
    COUNT, RATE, CHANGE, AREAS, RANKED;

    /** Decimals the report prints for this kind of figure. */
    public int decimals() {
      return this == CHANGE ? 1 : 0;
    }
  }

  /**
   * One published figure.
   *
   * @param reference section and figure of the report (its stored text has no page numbers)
   * @param value the value as printed (e.g. {@code +17.3}), empty for a list of areas
   * @param areas GSS codes of the areas the figure names, in the report's order
   * @param why the reason a recomputation may differ ({@code counts}, {@code population}, {@code population2005},
   *     {@code funnel}, {@code england}), a key of the report bundle under {@code repro2013.why.}
   * @param quote the report's own words
   */
  public record Figure(String id, String reference, Kind kind, String value, List<String> areas, String why,
                       String quote) {
    public Figure {
      areas = List.copyOf(areas);
    }

    /** The printed value as a number (null for a list of areas). */
    public Double number() {
      return value.isEmpty() ? null : Double.valueOf(value.replace("+", ""));
    }
  }

  private static final List<Figure> FIGURES = load();

  private Published2013() {
  }

  public static List<Figure> figures() {
    return FIGURES;
  }

  private static List<Figure> load() {
    List<Figure> figures = new ArrayList<>();
    try (InputStream in = Published2013.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing " + RESOURCE);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (cells.length != 7) throw new IllegalStateException(RESOURCE + ": 7 cells expected in " + line);
        List<String> areas = cells[4].isBlank() ? List.of() : Arrays.asList(cells[4].strip().split(" +"));
        figures.add(new Figure(cells[0], cells[1], Kind.valueOf(cells[2].toUpperCase(java.util.Locale.ROOT)), cells[3],
            areas, cells[5], cells[6]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(figures);
  }
}
