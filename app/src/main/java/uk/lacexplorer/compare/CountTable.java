package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.rates.RateRow;

/**
 * The counts and populations of the authorities of one or both nations for one year and measure: the input of the
 * comparisons (funnel plots, shrinkage, change between years, need-adjusted models). Authorities without a count
 * (suppressed or missing) or without a population are listed in {@code excluded}, never counted as zero.
 *
 * @param authorities authorities with both a count and a population, in area-code order
 * @param nationRows each nation's own published row (count, population and rate) where the store has one
 * @param excluded authorities left out, with the reason visible in their row (count null or denominator missing)
 */
public record CountTable(CountRequest request, Measure measure, List<AuthorityCount> authorities,
                         List<RateRow> nationRows, List<RateRow> excluded) {
  public CountTable {
    authorities = List.copyOf(authorities);
    nationRows = List.copyOf(nationRows);
    excluded = List.copyOf(excluded);
  }

  public int year() {
    return request.year();
  }

  public double totalCount() {
    return authorities.stream().mapToDouble(AuthorityCount::count).sum();
  }

  public double totalPopulation() {
    return authorities.stream().mapToDouble(AuthorityCount::population).sum();
  }

  /** Σ counts / Σ populations × 10,000 over the authorities in the table. */
  public double pooledRatePer10k() {
    return totalCount() / totalPopulation() * uk.lacexplorer.rates.RateService.PER;
  }

  public Optional<RateRow> nationRow(Nation nation) {
    return nationRows.stream().filter(row -> row.areaCode().equals(nation.countryCode())).findFirst();
  }

  /** The populations used, e.g. "population_0_17 nearest year (2011)", each once. */
  public List<String> denominatorVintages() {
    Set<String> vintages = new LinkedHashSet<>();
    for (AuthorityCount authority : authorities) {
      vintages.add(authority.area().nation().id() + ": " + authority.denominator().measure() + " "
          + authority.denominator().description());
    }
    return new ArrayList<>(vintages);
  }

  public boolean anyRounded() {
    return authorities.stream().anyMatch(authority -> authority.countFlags().contains(Flag.ROUNDED));
  }
}
