package uk.lacexplorer.observation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Qualifiers an official statistic carries. A missing value always carries at least one of the first three. */
public enum Flag {
  /** Withheld to protect confidentiality ({@code *} in StatsWales, {@code c} in DfE). */
  SUPPRESSED,
  /** Does not apply ({@code .} in StatsWales, {@code z} in DfE). */
  NOT_APPLICABLE,
  /** Not available or not collected ({@code x} in DfE). */
  NOT_AVAILABLE,
  /** A positive value that rounds to zero ({@code low} in DfE); no value is given. */
  LOW,
  /** Rounded at source (Welsh counts to the nearest 5). */
  ROUNDED,
  PROVISIONAL,
  REVISED,
  /** Modelled rather than observed, e.g. an interpolated or nearest-year denominator. */
  ESTIMATED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Flag parse(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }

  /** Flags written as {@code a;b} in the project's tidy files. */
  public static String join(Set<Flag> flags) {
    return flags.stream().map(Flag::id).collect(Collectors.joining(";"));
  }

  public static EnumSet<Flag> split(String text) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    if (text == null || text.isBlank()) return flags;
    for (String part : text.split(";")) flags.add(parse(part));
    return flags;
  }
}
