package uk.lacexplorer.episodes.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers an authority's child ids from 0 in the order first seen, so tables can hold them as {@code int}. Not thread-safe. */
public final class ChildIndex {
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  public int number(String id) {
    Integer number = numbers.get(id);
    if (number != null) return number;
    int next = ids.size();
    numbers.put(id, next);
    ids.add(id);
    return next;
  }

  /** The number of an id already seen, or -1. */
  public int find(String id) {
    Integer number = numbers.get(id);
    return number == null ? -1 : number;
  }

  public String id(int number) {
    return number < 0 ? "" : ids.get(number);
  }

  public int size() {
    return ids.size();
  }
}
