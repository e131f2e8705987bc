package uk.lacexplorer.commission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.UserError;

/**
 * The placements an authority can call on, from a CSV file it writes: {@code type,capacity,provision,weekly_cost},
 * one line per type and provision (a type may have an in-house line and a bought line). {@code type} is a placement
 * type id ({@link PlacementType}); capacity a whole number of places of 0 or more; provision {@code in-house} or
 * {@code bought}; weekly cost in pounds, 0 or more, or blank when not known. Every mistake is one error naming the
 * file, line and value; nothing is used from a file with a mistake.
 */
public record Supply(List<Line> lines) {
  public Supply {
    lines = List.copyOf(lines);
  }

  public static final Supply NONE = new Supply(List.of());

  /** One line: places of a type from one provision, and their weekly cost (null when not known). */
  public record Line(PlacementType type, long capacity, boolean inHouse, Double weeklyCost) {
  }

  public static Supply read(Path file) {
    List<String> text = uk.lacexplorer.i18n.Choices.lines(file, "error.commission.unreadable");
    return parse(file.toString(), text);
  }

  public static Supply parse(String name, List<String> text) {
    List<Line> lines = new ArrayList<>();
    for (PlainCsv.Row row : PlainCsv.rows(name, text, "type,capacity,provision,weekly_cost", "error.commission.header",
        "error.commission.cells", "error.commission.empty")) {
      String[] cells = row.cells();
      int number = row.line();
      PlacementType type = PlacementType.parse(cells[0].strip())
          .orElseThrow(() -> UserError.of("error.commission.type", name, number, clip(cells[0].strip()), PlacementType.ids()));
      long capacity = whole(name, number, cells[1].strip());
      String provision = cells[2].strip().toLowerCase(Locale.ROOT);
      if (!provision.equals("in-house") && !provision.equals("bought")) {
        throw UserError.of("error.commission.provision", name, number, clip(cells[2].strip()));
      }
      Double cost = cells[3].isBlank() ? null : amount(name, number, cells[3].strip());
      lines.add(new Line(type, capacity, provision.equals("in-house"), cost));
    }
    return new Supply(lines);
  }

  /** Places of a type, all provisions. */
  public long capacity(PlacementType type) {
    return lines.stream().filter(l -> l.type() == type).mapToLong(Line::capacity).sum();
  }

  private static long whole(String name, int line, String text) {
    if (!text.matches("\\d{1,7}")) throw UserError.of("error.commission.capacity", name, line, clip(text));
    return Long.parseLong(text);
  }

  static double amount(String name, int line, String text) {
    if (!text.matches("\\d{1,7}(\\.\\d{1,2})?")) throw UserError.of("error.commission.cost", name, line, clip(text));
    return Double.parseDouble(text);
  }

  static String clip(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
