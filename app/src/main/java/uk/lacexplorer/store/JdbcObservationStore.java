package uk.lacexplorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/** {@link ObservationStore} on a JDBC database through Jdbi; the SQL runs unchanged on H2 and PostgreSQL. Thread-safe. */
public final class JdbcObservationStore implements ObservationStore {
  private static final int BATCH = 5_000;
  private final Jdbi jdbi;
  private volatile AreaRegistry registry;

  public JdbcObservationStore(Database database) {
    this.jdbi = database.jdbi();
  }

  @Override
  public AreaRegistry areas() {
    AreaRegistry current = registry;
    if (current == null) {
      current = jdbi.withHandle(this::readRegistry);
      registry = current;
    }
    return current;
  }

  private AreaRegistry readRegistry(Handle handle) {
    List<Area> areas = handle.createQuery("""
            SELECT area_code, name_en, name_cy, nation, area_type, valid_from, valid_to, successor_codes, parent_code
            FROM area ORDER BY area_code""")
        .map((rs, ctx) -> readArea(rs)).list();
    Map<String, AreaCode> aliases = new HashMap<>();
    handle.createQuery("SELECT alias, area_code FROM area_alias")
        .map((rs, ctx) -> Map.entry(rs.getString("alias"), new AreaCode(rs.getString("area_code"))))
        .forEach(entry -> aliases.put(entry.getKey(), entry.getValue()));
    return new AreaRegistry(areas, aliases);
  }

  private static Area readArea(ResultSet rs) throws SQLException {
    String successors = rs.getString("successor_codes");
    String parent = rs.getString("parent_code");
    return new Area(new AreaCode(rs.getString("area_code")), rs.getString("name_en"), rs.getString("name_cy"),
        Nation.valueOf(rs.getString("nation")), AreaType.valueOf(rs.getString("area_type")),
        (Integer) rs.getObject("valid_from"), (Integer) rs.getObject("valid_to"),
        successors == null || successors.isBlank() ? List.of()
            : Arrays.stream(successors.split(";")).map(AreaCode::new).toList(),
        parent == null ? null : new AreaCode(parent));
  }

  @Override
  public void saveAreas(Collection<Area> areas, Map<String, AreaCode> aliases) {
    jdbi.useTransaction(handle -> writeAreas(handle, areas, aliases));
    registry = null;
  }

  private void writeAreas(Handle handle, Collection<Area> areas, Map<String, AreaCode> aliases) {
    Set<String> existing = new HashSet<>(handle.createQuery("SELECT area_code FROM area").mapTo(String.class).list());
    PreparedBatch insert = handle.prepareBatch("""
        INSERT INTO area (area_code, name_en, name_cy, nation, area_type, valid_from, valid_to, successor_codes, parent_code)
        VALUES (:code, :nameEn, :nameCy, :nation, :type, :validFrom, :validTo, :successors, :parent)""");
    PreparedBatch update = handle.prepareBatch("""
        UPDATE area SET name_en = :nameEn, name_cy = :nameCy, nation = :nation, area_type = :type,
          valid_from = :validFrom, valid_to = :validTo, successor_codes = :successors, parent_code = :parent
        WHERE area_code = :code""");
    // Parents first, so that a database with foreign keys on parents would also accept the order.
    for (Area area : areas) {
      PreparedBatch batch = existing.contains(area.code().value()) ? update : insert;
      batch.bind("code", area.code().value()).bind("nameEn", area.nameEn()).bind("nameCy", area.nameCy())
          .bind("nation", area.nation().name()).bind("type", area.type().name())
          .bind("validFrom", area.validFrom()).bind("validTo", area.validTo())
          .bind("successors", area.successors().stream().map(AreaCode::value).collect(Collectors.joining(";")))
          .bind("parent", area.parent() == null ? null : area.parent().value())
          .add();
    }
    if (insert.size() > 0) insert.execute();
    if (update.size() > 0) update.execute();
    if (!aliases.isEmpty()) {
      handle.execute("DELETE FROM area_alias");
      PreparedBatch alias = handle.prepareBatch("INSERT INTO area_alias (alias, area_code) VALUES (:alias, :code)");
      aliases.forEach((name, code) -> alias.bind("alias", name).bind("code", code.value()).add());
      alias.execute();
    }
  }

  @Override
  public ImportSummary save(Source source, List<Observation> observations) {
    for (Observation observation : observations) {
      if (!observation.sourceId().equals(source.id())) {
        throw new IllegalArgumentException("observation from " + observation.sourceId() + " saved under " + source.id());
      }
    }
    requireKnownAreas(observations, areas().all().stream().map(Area::code).collect(Collectors.toSet()),
        source.file().isEmpty() ? source.id() : source.file());
    return jdbi.inTransaction(handle -> {
      writeSource(handle, source, "import");
      Map<Observation.Key, Observation> stored = new HashMap<>();
      for (String measure : observations.stream().map(Observation::measure).collect(Collectors.toSet())) {
        Set<Integer> periods = observations.stream().filter(o -> o.measure().equals(measure))
            .map(Observation::period).collect(Collectors.toSet());
        for (Observation old : select(handle, new ObservationQuery(measure, List.of(), null, null, null), periods)) {
          stored.put(old.key(), old);
        }
      }
      List<Observation> added = new ArrayList<>();
      List<Observation> changed = new ArrayList<>();
      Set<Observation.Key> seen = new HashSet<>();
      int unchanged = 0;
      for (Observation observation : observations) {
        if (!seen.add(observation.key())) {
          throw uk.lacexplorer.i18n.UserError.of("error.import.twice", source.file().isEmpty() ? source.id() : source.file(),
              observation.area(), observation.measure(), Integer.toString(observation.period()), observation.breakdown());
        }
        Observation old = stored.get(observation.key());
        if (old == null) {
          added.add(observation);
        } else if (sameContent(old, observation)) {
          unchanged++;
        } else {
          EnumSet<Flag> flags = observation.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(observation.flags());
          if (!Objects.equals(old.value(), observation.value())) flags.add(Flag.REVISED);
          changed.add(new Observation(observation.area(), observation.measure(), observation.period(),
              observation.breakdown(), observation.value(), flags, observation.sourceId()));
        }
      }
      insertObservations(handle, added);
      updateObservations(handle, changed);
      return new ImportSummary(source.id(), added.size(), changed.size(), unchanged);
    });
  }

  /** The database keeps no foreign keys on observations (they slowed loading), so the store checks areas itself. */
  private static void requireKnownAreas(List<Observation> observations, Set<AreaCode> known, String from) {
    for (Observation observation : observations) {
      if (!known.contains(observation.area())) {
        throw uk.lacexplorer.i18n.UserError.of("error.import.unknownArea", from, observation.area());
      }
    }
  }

  private static boolean sameContent(Observation a, Observation b) {
    Set<Flag> aFlags = EnumSet.noneOf(Flag.class);
    aFlags.addAll(a.flags());
    aFlags.remove(Flag.REVISED);
    Set<Flag> bFlags = EnumSet.noneOf(Flag.class);
    bFlags.addAll(b.flags());
    bFlags.remove(Flag.REVISED);
    return Objects.equals(a.value(), b.value()) && aFlags.equals(bFlags);
  }

  private static void writeSource(Handle handle, Source source, String origin) {
    handle.createUpdate("DELETE FROM data_source WHERE source_id = :id AND NOT EXISTS "
        + "(SELECT 1 FROM observation WHERE observation.source_id = :id)").bind("id", source.id()).execute();
    int updated = handle.createUpdate("""
            UPDATE data_source SET title = :title, publisher = :publisher, licence = :licence, url = :url,
              file_name = :file, sha256 = :sha WHERE source_id = :id""")
        .bindMethods(sourceBinding(source)).execute();
    if (updated == 0) {
      handle.createUpdate("""
              INSERT INTO data_source (source_id, title, publisher, licence, url, file_name, sha256, origin, imported_at)
              VALUES (:id, :title, :publisher, :licence, :url, :file, :sha, :origin, :at)""")
          .bindMethods(sourceBinding(source)).bind("origin", origin).bind("at", Timestamp.from(Instant.now())).execute();
    }
  }

  /** Bean-like view of a source for Jdbi's {@code bindMethods}. */
  public record SourceBinding(String id, String title, String publisher, String licence, String url, String file, String sha) {
  }

  private static SourceBinding sourceBinding(Source source) {
    return new SourceBinding(source.id(), source.title(), source.publisher(), source.licence(), source.url(),
        source.file(), source.sha256());
  }

  /**
   * Inserts with a plain JDBC batch on the handle's connection: Jdbi's per-argument binding added measurably to the
   * time of loading a whole dataset (tens of thousands of rows), whose cost is otherwise H2's own row insertion.
   */
  private static void insertObservations(Handle handle, List<Observation> observations) {
    if (observations.isEmpty()) return;
    try (PreparedStatement insert = handle.getConnection().prepareStatement("""
        INSERT INTO observation (measure_id, area_code, period_year, breakdown, obs_value, flags, source_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
      int pending = 0;
      for (Observation o : observations) {
        insert.setString(1, o.measure());
        insert.setString(2, o.area().value());
        insert.setInt(3, o.period());
        insert.setString(4, o.breakdown());
        if (o.value() == null) insert.setNull(5, Types.DOUBLE);
        else insert.setDouble(5, o.value());
        insert.setString(6, Flag.join(o.flags()));
        insert.setString(7, o.sourceId());
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("inserting observations failed: " + e.getMessage(), e);
    }
  }

  private static void updateObservations(Handle handle, List<Observation> observations) {
    if (observations.isEmpty()) return;
    PreparedBatch batch = handle.prepareBatch("""
        UPDATE observation SET obs_value = ?, flags = ?, source_id = ?
        WHERE measure_id = ? AND area_code = ? AND period_year = ? AND breakdown = ?""");
    for (Observation o : observations) {
      batch.bind(0, o.value()).bind(1, Flag.join(o.flags())).bind(2, o.sourceId()).bind(3, o.measure())
          .bind(4, o.area().value()).bind(5, o.period()).bind(6, o.breakdown()).add();
    }
    batch.execute();
  }

  @Override
  public List<Observation> find(ObservationQuery query) {
    return jdbi.withHandle(handle -> select(handle, query, Set.of()));
  }

  /**
   * Above this many areas, a query of one measure reads all of the measure's rows (the primary key's first column) and
   * keeps the areas asked for here: H2 tests a long {@code IN} list row by row, and a nation's 150 codes made the
   * query two to four times slower than reading the measure whole (measured on the shipped dataset).
   */
  private static final int AREAS_IN_SQL = 20;

  private static List<Observation> select(Handle handle, ObservationQuery query, Set<Integer> periods) {
    boolean areasInSql = !query.areas().isEmpty() && (query.measure() == null || query.areas().size() <= AREAS_IN_SQL);
    StringBuilder sql = new StringBuilder("""
        SELECT measure_id, area_code, period_year, breakdown, obs_value, flags, source_id FROM observation WHERE 1 = 1""");
    if (query.measure() != null) sql.append(" AND measure_id = :measure");
    if (areasInSql) sql.append(" AND area_code IN (<areas>)");
    if (query.fromPeriod() != null) sql.append(" AND period_year >= :fromPeriod");
    if (query.toPeriod() != null) sql.append(" AND period_year <= :toPeriod");
    if (!periods.isEmpty()) sql.append(" AND period_year IN (<periods>)");
    if (query.breakdown() != null) sql.append(" AND breakdown = :breakdown");
    sql.append(" ORDER BY measure_id, area_code, period_year, breakdown");
    Query statement = handle.createQuery(sql.toString());
    if (query.measure() != null) statement.bind("measure", query.measure());
    if (areasInSql) statement.bindList("areas", query.areas().stream().map(AreaCode::value).toList());
    if (query.fromPeriod() != null) statement.bind("fromPeriod", query.fromPeriod());
    if (query.toPeriod() != null) statement.bind("toPeriod", query.toPeriod());
    if (!periods.isEmpty()) statement.bindList("periods", List.copyOf(periods));
    if (query.breakdown() != null) statement.bind("breakdown", query.breakdown());
    List<Observation> rows = statement.map((rs, ctx) -> readObservation(rs)).list();
    if (areasInSql || query.areas().isEmpty()) return rows;
    Set<AreaCode> wanted = new java.util.HashSet<>(query.areas());
    return rows.stream().filter(row -> wanted.contains(row.area())).toList();
  }

  private static Observation readObservation(ResultSet rs) throws SQLException {
    double value = rs.getDouble("obs_value");
    Double boxed = rs.wasNull() ? null : value;
    return new Observation(new AreaCode(rs.getString("area_code")), rs.getString("measure_id"), rs.getInt("period_year"),
        rs.getString("breakdown"), boxed, Flag.split(rs.getString("flags")), rs.getString("source_id"));
  }

  @Override
  public List<Integer> periods(String measure, Collection<AreaCode> areas) {
    return jdbi.withHandle(handle -> {
      // a year with only breakdowns (e.g. placement types published a year before the totals) is not a year with
      // data, unless the measure has no totals at all (a projection held by its base year)
      String sql = "SELECT DISTINCT period_year FROM observation WHERE measure_id = :measure AND obs_value IS NOT NULL"
          + " AND (breakdown = '' OR NOT EXISTS (SELECT 1 FROM observation t WHERE t.measure_id = :measure"
          + " AND t.breakdown = ''))"
          + (areas.isEmpty() ? "" : " AND area_code IN (<areas>)") + " ORDER BY period_year";
      Query query = handle.createQuery(sql).bind("measure", measure);
      if (!areas.isEmpty()) query.bindList("areas", areas.stream().map(AreaCode::value).toList());
      return query.mapTo(Integer.class).list();
    });
  }

  @Override
  public List<Source> sources() {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT source_id, title, publisher, licence, url, file_name, sha256 FROM data_source ORDER BY source_id""")
        .map((rs, ctx) -> readSource(rs)).list());
  }

  @Override
  public Optional<Source> source(String id) {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT source_id, title, publisher, licence, url, file_name, sha256 FROM data_source WHERE source_id = :id""")
        .bind("id", id).map((rs, ctx) -> readSource(rs)).findOne());
  }

  private static Source readSource(ResultSet rs) throws SQLException {
    return new Source(rs.getString("source_id"), rs.getString("title"), rs.getString("publisher"), rs.getString("licence"),
        rs.getString("url"), rs.getString("file_name"), rs.getString("sha256"));
  }

  @Override
  public Optional<String> datasetFingerprint(String datasetName) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT fingerprint FROM dataset_state WHERE dataset_name = :name")
        .bind("name", datasetName).mapTo(String.class).findOne());
  }

  @Override
  public void loadDataset(String datasetName, String fingerprint, Collection<Area> areas, Map<String, AreaCode> aliases,
                          Collection<Source> sources, List<Observation> observations) {
    Set<AreaCode> known = new HashSet<>(areas().all().stream().map(Area::code).toList());
    areas.forEach(area -> known.add(area.code()));
    requireKnownAreas(observations, known, "dataset " + datasetName);
    jdbi.useTransaction(handle -> {
      writeAreas(handle, areas, aliases);
      // Everything the previous shipped dataset brought is replaced whole; later user imports are kept.
      handle.execute("DELETE FROM observation WHERE source_id IN (SELECT source_id FROM data_source WHERE origin = 'dataset')");
      handle.execute("DELETE FROM data_source WHERE origin = 'dataset' AND source_id NOT IN (SELECT DISTINCT source_id FROM observation)");
      for (Source source : sources) writeSource(handle, source, "dataset");
      Set<Observation.Key> userKeys = new HashSet<>();
      handle.createQuery("SELECT measure_id, area_code, period_year, breakdown FROM observation")
          .map((rs, ctx) -> new Observation.Key(new AreaCode(rs.getString("area_code")), rs.getString("measure_id"),
              rs.getInt("period_year"), rs.getString("breakdown")))
          .forEach(userKeys::add);
      List<Observation> toInsert = userKeys.isEmpty() ? observations
          : observations.stream().filter(o -> !userKeys.contains(o.key())).toList();
      insertObservations(handle, toInsert);
      handle.execute("DELETE FROM dataset_state WHERE dataset_name = ?", datasetName);
      handle.execute("INSERT INTO dataset_state (dataset_name, fingerprint, loaded_at) VALUES (?, ?, ?)",
          datasetName, fingerprint, Timestamp.from(Instant.now()));
    });
    registry = null;
  }
}
