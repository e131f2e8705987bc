package uk.lacexplorer.browse;

import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;

/**
 * Stored values of one measure: of the areas named (names or codes as typed), or all areas of a nation, or every
 * area; between periods when given; totals only unless {@code allBreakdowns}.
 */
public record DataRequest(MeasureId measure, List<String> areas, Nation nation, Integer from, Integer to,
                          boolean allBreakdowns) {
  public DataRequest {
    areas = List.copyOf(areas);
    if (from != null && to != null && from > to) {
      throw UserError.of("error.events.order", Arg.option("from"), from, Arg.option("to"), to);
    }
  }

  public static DataRequest parse(String measure, List<String> areas, String nation, String from, String to,
                                  boolean allBreakdowns) {
    Nation chosen = nation == null || nation.isBlank() ? null
        : Choices.parse("nation", nation, List.of(Nation.WALES, Nation.ENGLAND), Nation::id, null);
    return new DataRequest(MeasureId.parse("measure", measure, null), areas, chosen,
        Choices.integer("from", from, null), Choices.integer("to", to, null), allBreakdowns);
  }
}
