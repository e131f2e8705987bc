package uk.lacexplorer.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies withholding to an analysis' own JSON answer (one not made from its rows): every object with the
 * {@code area_code} (and {@code year} or {@code period}, and {@code breakdown}) of a withheld row loses its count and
 * the cells derived from it, and its flag says {@code suppressed}.
 */
final class JsonCells {
  private JsonCells() {
  }

  static Object withhold(Object json, Disclosure.Shape shape, List<List<Object>> rows, Set<Integer> withheld) {
    Set<String> keys = new HashSet<>();
    List<String> names = shape.columns().stream().map(uk.lacexplorer.output.Column::name).toList();
    for (int r : withheld) keys.add(signature(names, rows.get(r)::get));
    String countName = names.get(shape.count());
    String flagName = names.get(shape.flag());
    return walk(json, keys, countName, flagName);
  }

  private static String signature(List<String> names, java.util.function.IntFunction<Object> cell) {
    StringBuilder key = new StringBuilder();
    for (String name : List.of("area_code", "year", "period", "breakdown", "measure")) {
      int i = names.indexOf(name);
      key.append(i < 0 ? "" : String.valueOf(cell.apply(i))).append('|');
    }
    return key.toString();
  }

  private static Object walk(Object value, Set<String> keys, String countName, String flagName) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        copy.put(String.valueOf(entry.getKey()), walk(entry.getValue(), keys, countName, flagName));
      }
      if (copy.containsKey("area_code")) {
        List<String> names = new ArrayList<>(copy.keySet());
        List<Object> cells = new ArrayList<>(copy.values());
        if (keys.contains(signatureOf(names, cells))) {
          if (copy.containsKey(countName)) copy.put(countName, null);
          for (String derived : Disclosure.DERIVED) if (copy.containsKey(derived) && !derived.equals(countName)) copy.put(derived, null);
          if (copy.containsKey(flagName)) {
            Object flags = copy.get(flagName);
            String text = flags == null ? "" : flags.toString();
            if (!text.contains(Disclosure.SUPPRESSED)) text = text.isBlank() ? Disclosure.SUPPRESSED : text + ";" + Disclosure.SUPPRESSED;
            copy.put(flagName, text);
          }
        }
      }
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object each : list) copy.add(walk(each, keys, countName, flagName));
      return copy;
    }
    return value;
  }

  private static String signatureOf(List<String> names, List<Object> cells) {
    return signature(names, cells::get);
  }
}
