package uk.lacexplorer.imports.read;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Breakdown strings of observations: {@code key=value} pairs joined by {@code ;}, keys in alphabetical order. */
public final class Breakdown {
  private Breakdown() {
  }

  /** {@code of("sex", "male", "age", "1-4")} gives {@code age=1-4;sex=male}. */
  public static String of(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must come in pairs");
    Map<String, String> pairs = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) pairs.put(keysAndValues[i], keysAndValues[i + 1]);
    return pairs.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(";"));
  }
}
