package uk.lacexplorer.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportRejectedException;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.ImporterCatalogue;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/** Builds the curated dataset from the raw folder: the areas first, then every {@link DatasetRecipe} step. */
public final class DatasetBuilder {
  private final ImporterCatalogue importers = uk.lacexplorer.imports.standard.StandardImporters.catalogue();
  private final MeasureCatalogue measures = MeasureCatalogue.standard();

  public Dataset build(Path raw) {
    return build(raw, DatasetRecipe.steps());
  }

  public Dataset build(Path raw, List<DatasetStep> steps) {
    AreaSet areaSet = AreaSet.fromRaw(raw);
    AreaRegistry registry = new AreaRegistry(areaSet.areas(), areaSet.aliases());
    Map<String, Source> sources = new LinkedHashMap<>();
    Map<Observation.Key, Observation> observations = new HashMap<>();
    for (DatasetStep step : steps) {
      Path file = raw.resolve(step.file());
      if (!Files.isRegularFile(file)) throw UserError.of("error.dataset.rawMissing", file);
      Map<String, String> options = new HashMap<>();
      step.options().forEach((name, value) ->
          options.put(name, value.startsWith("raw:") ? raw.resolve(value.substring(4)).toString() : value));
      ImportResult result = importers.get(step.kind()).read(file, new ImportContext(registry, measures, options));
      if (result instanceof ImportResult.Rejected rejected) throw new ImportRejectedException(rejected.problems());
      ImportResult.Loaded loaded = (ImportResult.Loaded) result;
      sources.put(loaded.source().id(), loaded.source());
      for (Observation observation : loaded.observations()) observations.put(observation.key(), observation);
    }
    List<Observation> kept = new ArrayList<>(observations.values());
    List<Source> used = sources.values().stream()
        .filter(source -> kept.stream().anyMatch(o -> o.sourceId().equals(source.id()))).toList();
    return new Dataset(areaSet.areas(), areaSet.aliases(), used, kept);
  }
}
