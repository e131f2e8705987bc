package uk.lacexplorer.rates;

import java.util.ArrayList;
import java.util.List;

/** Writes a sorted list of years compactly: 2003–2018, 2020, 2022–2024. */
public final class YearRanges {
  private YearRanges() {
  }

  public static String describe(List<Integer> sortedYears) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < sortedYears.size()) {
      int start = sortedYears.get(i);
      int end = start;
      while (i + 1 < sortedYears.size() && sortedYears.get(i + 1) == end + 1) {
        end = sortedYears.get(++i);
      }
      parts.add(start == end ? Integer.toString(start) : start + "\u2013" + end);
      i++;
    }
    return String.join(", ", parts);
  }
}
