package uk.lacexplorer.web.compare;

import java.util.List;

/** Change against change, formatted for the page: the weighted line, its R², the years and the authorities. */
public record ChangesView(String slope, String slopeInterval, String slopeP, String rSquared, int n, int fromYear,
                          int toYear, int factorFrom, int factorTo, List<String> far, List<List<String>> rows) {
  public ChangesView {
    far = List.copyOf(far);
    rows = List.copyOf(rows);
  }
}
