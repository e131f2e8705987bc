package uk.lacexplorer.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.lacexplorer.Services;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;

/**
 * Rates for a request, kept for {@value #TTL_MILLIS} ms so that pages and the API answer from memory under load.
 * An upload through the web clears it at once; an import by another process (PostgreSQL) shows within the minute.
 * Thread-safe.
 */
public final class RatesCache {
  static final long TTL_MILLIS = 60_000;
  private final Services services;
  private final Map<RateService.Request, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, Years> years = new ConcurrentHashMap<>();

  private record Entry(List<RateRow> rows, long expires) {
  }

  private record Years(List<Integer> years, long expires) {
  }

  RatesCache(Services services) {
    this.services = services;
  }

  public List<RateRow> rates(RateService.Request request) {
    long now = System.currentTimeMillis();
    Entry entry = entries.get(request);
    if (entry == null || entry.expires() < now) {
      entry = new Entry(List.copyOf(services.rates().rates(request)), now + TTL_MILLIS);
      if (entries.size() > 2_000) entries.clear();
      entries.put(request, entry);
    }
    return entry.rows();
  }

  /** Years with data for the measure in the nation's local authorities, oldest first. */
  public List<Integer> years(Nation nation, String measure) {
    long now = System.currentTimeMillis();
    String key = nation.id() + "/" + measure;
    Years known = years.get(key);
    if (known == null || known.expires() < now) {
      List<AreaCode> codes = services.store().areas().localAuthorities(nation).stream().map(Area::code).toList();
      List<Integer> found = codes.isEmpty() ? List.of()
          : services.store().periods(measure, codes).stream().sorted().toList();
      known = new Years(found, now + TTL_MILLIS);
      years.put(key, known);
    }
    return known.years();
  }

  public void clear() {
    entries.clear();
    years.clear();
  }
}
