package uk.lacexplorer.selfeval;

import java.util.List;

/**
 * Two closed rounds of one authority side by side, matched by characteristic id. A characteristic present in only one
 * of the two framework versions is listed but not compared.
 */
public record ProgressComparison(Round earlier, Round later, Framework framework, List<Row> rows) {
  public ProgressComparison {
    rows = List.copyOf(rows);
  }

  /** Changes are later minus earlier, null when either side is suppressed or missing. */
  public record Row(String characteristicId, Summary earlier, Summary later, Double medianChange, Double shareChange,
                    boolean comparable) {
  }
}
