package uk.lacexplorer.browse;

import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Choices;

/** Which areas to list: one nation's (or all), local authorities only unless {@code allTypes}. */
public record AreasRequest(Nation nation, boolean allTypes) {
  public static AreasRequest parse(String nation, boolean allTypes) {
    Nation chosen = nation == null || nation.isBlank() ? null
        : Choices.parse("nation", nation, java.util.List.of(Nation.WALES, Nation.ENGLAND), Nation::id, null);
    return new AreasRequest(chosen, allTypes);
  }
}
