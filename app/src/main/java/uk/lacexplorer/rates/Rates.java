package uk.lacexplorer.rates;

import java.util.List;

/** The rates asked for: the authorities in code order, then the nation's own row. */
public record Rates(RatesRequest request, List<RateRow> rows) {
  public Rates {
    rows = List.copyOf(rows);
  }
}
