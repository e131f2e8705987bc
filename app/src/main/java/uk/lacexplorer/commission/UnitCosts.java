package uk.lacexplorer.commission;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lacexplorer.i18n.UserError;

/**
 * The user's weekly cost per placement type, from a CSV file {@code type,weekly_cost}: used where the supply file gives
 * no cost, before any estimate from published spend. A type may appear once; every mistake is one error naming the
 * file, line and value, and nothing is used from a file with a mistake.
 */
public record UnitCosts(Map<PlacementType, Double> weekly) {
  public static final UnitCosts NONE = new UnitCosts(Map.of());

  public UnitCosts {
    weekly = Map.copyOf(weekly);
  }

  public static UnitCosts read(Path file) {
    List<String> text = uk.lacexplorer.i18n.Choices.lines(file, "error.commission.costsUnreadable");
    return parse(file.toString(), text);
  }

  public static UnitCosts parse(String name, List<String> text) {
    Map<PlacementType, Double> costs = new EnumMap<>(PlacementType.class);
    boolean header = false;
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      if (i == 0) line = line.replace("\uFEFF", "");
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] cells = line.split(",", -1);
      final int number = i + 1;
      if (!header) {
        if (!line.replace(" ", "").toLowerCase(Locale.ROOT).equals("type,weekly_cost")) {
          throw UserError.of("error.commission.costsHeader", name, number, Supply.clip(line));
        }
        header = true;
        continue;
      }
      if (cells.length != 2) throw UserError.of("error.commission.costsCells", name, number, cells.length);
      PlacementType type = PlacementType.parse(cells[0].strip())
          .orElseThrow(() -> UserError.of("error.commission.type", name, number, Supply.clip(cells[0].strip()), PlacementType.ids()));
      if (costs.containsKey(type)) throw UserError.of("error.commission.costsTwice", name, number, type.id());
      costs.put(type, Supply.amount(name, number, cells[1].strip()));
    }
    if (!header) throw UserError.of("error.commission.costsEmpty", name);
    return new UnitCosts(costs);
  }
}
