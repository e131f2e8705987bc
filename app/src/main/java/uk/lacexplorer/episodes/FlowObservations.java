package uk.lacexplorer.episodes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.episodes.derive.Flow;
import uk.lacexplorer.episodes.derive.YearlyFlows;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.store.ImportSummary;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * Turns derived yearly flows into store observations (one per authority, year and stored {@link Flow}: looked after
 * at 31 March, started, ceased, ceased returned home / adopted / special guardianship), under one source naming the
 * extract, and saves them all or nothing. Values already stored from another source (an official release, say) are
 * not replaced unless asked: the store keeps one value per measure, area and year.
 */
public final class FlowObservations {
  private FlowObservations() {
  }

  public static Source source(Path dir, String sourceId) {
    String name = dir.toAbsolutePath().normalize().getFileName() == null ? "extract"
        : dir.toAbsolutePath().normalize().getFileName().toString();
    String id = sourceId != null ? sourceId
        : ("ssda903_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")).replaceAll("_+$", "");
    if (!id.matches("[a-z0-9_]{1,100}")) {
      throw UserError.of("error.episodes.sourceId", uk.lacexplorer.i18n.Arg.option("source-id"), id);
    }
    return new Source(id, "SSDA903 episodes extract '" + name + "': yearly flows derived by LAC Explorer",
        "Local authority SSDA903 child-level return", "The authority's own data (not published)", "",
        dir.toString(), "");
  }

  public static List<Observation> observations(List<AuthorityResult> results, AreaRegistry areas, Source source,
                                               MeasureCatalogue measures) {
    List<Observation> observations = new ArrayList<>();
    for (AuthorityResult result : results) {
      if (result.flows() == null || result.flows().years().isEmpty()) continue;
      Area area = areas.match(result.laCode(), null).orElseThrow(() -> UserError.of("error.episodes.unknownAuthority", result.laCode(), uk.lacexplorer.i18n.Arg.option("la")));
      for (YearlyFlows year : result.flows().years()) {
        for (Flow flow : Flow.values()) {
          if (flow.measure() == null) continue;
          measures.get(flow.measure());
          observations.add(new Observation(area.code(), flow.measure(), year.year(), Observation.TOTAL,
              (double) year.get(flow), null, source.id()));
        }
      }
    }
    if (observations.isEmpty()) throw UserError.of("error.episodes.noFlows");
    return observations;
  }

  /** Saves the observations; refuses, naming one, when values from another source would be replaced. */
  public static ImportSummary save(ObservationStore store, Source source, List<Observation> observations,
                                   boolean replace) {
    if (!replace) {
      Set<String> measureIds = new LinkedHashSet<>();
      Set<AreaCode> codes = new LinkedHashSet<>();
      int from = Integer.MAX_VALUE;
      int to = Integer.MIN_VALUE;
      for (Observation o : observations) {
        measureIds.add(o.measure());
        codes.add(o.area());
        from = Math.min(from, o.period());
        to = Math.max(to, o.period());
      }
      Set<Observation.Key> ours = new java.util.HashSet<>();
      for (Observation o : observations) ours.add(o.key());
      for (String measure : measureIds) {
        for (Observation stored : store.find(new ObservationQuery(measure, codes, from, to, Observation.TOTAL))) {
          if (ours.contains(stored.key()) && !stored.sourceId().equals(source.id())) {
            throw UserError.of("error.episodes.storedFromOther", stored.area(), stored.measure(), stored.period(),
                stored.sourceId(), uk.lacexplorer.i18n.Arg.option("replace"), uk.lacexplorer.i18n.Arg.option("db"));
          }
        }
      }
    }
    return store.save(source, observations);
  }
}
