package uk.lacexplorer.commission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The eight top-level placement types of DfE's children looked after at 31 March, by their breakdown id. */
public enum PlacementType {
  FOSTER("foster"),
  PLACED_FOR_ADOPTION("placed_for_adoption"),
  PLACED_WITH_PARENTS("placed_with_parents"),
  INDEPENDENT_LIVING("independent_living"),
  SECURE_AND_CHILDRENS_HOMES("secure_and_childrens_homes"),
  OTHER_RESIDENTIAL("other_residential"),
  RESIDENTIAL_SCHOOLS("residential_schools"),
  OTHER_PLACEMENTS("other_placements");

  private final String id;

  PlacementType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The observation breakdown of this type, e.g. {@code placement=foster}. */
  public String breakdown() {
    return "placement=" + id;
  }

  public static Optional<PlacementType> parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
  }

  public static String ids() {
    return Arrays.stream(values()).map(PlacementType::id).collect(Collectors.joining(", "));
  }
}
