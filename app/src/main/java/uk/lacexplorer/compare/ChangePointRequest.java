package uk.lacexplorer.compare;

import java.util.Objects;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;

/**
 * Change points of one authority's series ({@code area}, a name or code) or of every authority of a nation: exactly
 * one of the two is given.
 */
public record ChangePointRequest(String area, Nation nation, SeriesRequest series) {
  public ChangePointRequest {
    area = area == null || area.isBlank() ? null : area.strip();
    if ((area == null) == (nation == null)) {
      throw UserError.of("error.changepoints.areaOrNation", Arg.option("area"), Arg.option("nation"));
    }
    Objects.requireNonNull(series, "series");
  }

  /** The request as typed; {@code nation} is {@code wales} or {@code england}. */
  public static ChangePointRequest parse(String area, String nation, SeriesRequest series) {
    Nation chosen = nation == null || nation.isBlank() ? null
        : Choices.parse("nation", nation, java.util.List.of(Nation.WALES, Nation.ENGLAND), Nation::id, null);
    return new ChangePointRequest(area, chosen, series);
  }
}
