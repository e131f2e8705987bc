package uk.lacexplorer.imports.statswales;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The StatsWales tables LAC Explorer ships a mapping for ({@code statswales/tables.list}): one per stage of the
 * cascade the shipped data do not hold for Welsh authorities. Each is an import kind {@code statswales-ID}.
 */
public final class StatsWalesTables {
  private static final List<TableMapping> ALL = load();

  private StatsWalesTables() {
  }

  public static List<TableMapping> all() {
    return ALL;
  }

  /** The importers, one per shipped mapping, and {@code statswales-table} for a mapping given with mapping=FILE. */
  public static List<uk.lacexplorer.imports.Importer> importers() {
    List<uk.lacexplorer.imports.Importer> importers = new ArrayList<>();
    for (TableMapping mapping : ALL) importers.add(new StatsWalesTableImporter(mapping));
    importers.add(new StatsWalesTableImporter());
    return importers;
  }

  /** The shipped table that gives a measure (its total), if any: where to load it from. */
  public static Optional<TableMapping> forMeasure(String measure) {
    return ALL.stream().filter(mapping -> mapping.measures().values().stream()
        .anyMatch(target -> target.measure().equals(measure) && target.breakdown().isEmpty())).findFirst();
  }

  private static List<TableMapping> load() {
    try (InputStream in = StatsWalesTables.class.getResourceAsStream("/statswales/tables.list")) {
      if (in == null) throw new IllegalStateException("no /statswales/tables.list");
      List<TableMapping> mappings = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank()) mappings.add(TableMapping.resource(line.strip()));
      }
      return List.copyOf(mappings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
