package uk.lacexplorer.commission;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
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
    for (PlainCsv.Row row : PlainCsv.rows(name, text, "type,weekly_cost", "error.commission.costsHeader",
        "error.commission.costsCells", "error.commission.costsEmpty")) {
      String[] cells = row.cells();
      PlacementType type = PlacementType.parse(cells[0].strip()).orElseThrow(() -> UserError.of("error.commission.type",
          name, row.line(), Supply.clip(cells[0].strip()), PlacementType.ids()));
      if (costs.containsKey(type)) throw UserError.of("error.commission.costsTwice", name, row.line(), type.id());
      costs.put(type, Supply.amount(name, row.line(), cells[1].strip()));
    }
    return new UnitCosts(costs);
  }
}
