package uk.lacexplorer.observation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import uk.lacexplorer.area.AreaCode;

/**
 * One value of one measure for one area and period, or a flagged missing value.
 *
 * @param period the year the measure's period is named by (31 March of it, the year ending 31 March, mid-year, edition)
 * @param breakdown {@code ""} for the total, otherwise {@code key=value} pairs joined by {@code ;} in key order,
 *                  e.g. {@code age=1-4;sex=male}
 * @param value the value, or {@code null} when missing (then a flag says why)
 * @param sourceId the {@link Source} it came from
 */
public record Observation(AreaCode area, String measure, int period, String breakdown, Double value,
                          Set<Flag> flags, String sourceId) {
  public static final String TOTAL = "";

  public Observation {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(measure, "measure");
    breakdown = breakdown == null ? TOTAL : breakdown;
    flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    if (value == null && !(flags.contains(Flag.SUPPRESSED) || flags.contains(Flag.NOT_APPLICABLE)
        || flags.contains(Flag.NOT_AVAILABLE) || flags.contains(Flag.LOW))) {
      throw new IllegalArgumentException("missing value for %s %s %d without a flag saying why".formatted(area, measure, period));
    }
    if (value != null && !Double.isFinite(value)) throw new IllegalArgumentException("non-finite value " + value);
  }

  public boolean isMissing() {
    return value == null;
  }

  public OptionalDouble optionalValue() {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  public boolean has(Flag flag) {
    return flags.contains(flag);
  }

  /** The identity of the value: two observations with the same key describe the same thing. */
  public Key key() {
    return new Key(area, measure, period, breakdown);
  }

  public record Key(AreaCode area, String measure, int period, String breakdown) {
  }
}
