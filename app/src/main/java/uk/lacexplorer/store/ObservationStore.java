package uk.lacexplorer.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * Where areas, sources and observations are kept. The embedded H2 database and a PostgreSQL server both satisfy it
 * ({@link JdbcObservationStore}). Every write is one transaction: it happens whole or not at all.
 */
public interface ObservationStore {

  AreaRegistry areas();

  /** Adds or updates areas and aliases (areas are never deleted: old codes stay for old data). */
  void saveAreas(Collection<Area> areas, Map<String, AreaCode> aliases);

  /**
   * Saves observations from one source, all or nothing. An observation whose key is already stored with the same
   * value and flags is left alone; a different value replaces the stored one and is flagged revised.
   */
  ImportSummary save(Source source, List<Observation> observations);

  List<Observation> find(ObservationQuery query);

  /** Periods with at least one non-missing value of the measure for areas of the given codes (all areas when empty). */
  List<Integer> periods(String measure, Collection<AreaCode> areas);

  List<Source> sources();

  Optional<Source> source(String id);

  /** The fingerprint of the shipped dataset last loaded, if any. */
  Optional<String> datasetFingerprint(String datasetName);

  /**
   * Replaces everything that came from the shipped dataset with a new version, in one transaction, and records its
   * fingerprint. Observations from later user imports that the dataset does not contain are kept.
   */
  void loadDataset(String datasetName, String fingerprint, Collection<Area> areas, Map<String, AreaCode> aliases,
                   Collection<Source> sources, List<Observation> observations);
}
