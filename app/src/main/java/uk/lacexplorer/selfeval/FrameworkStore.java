package uk.lacexplorer.selfeval;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.account.SecretTokens;

/**
 * Framework versions in the database, each kept as the JSON document it was read from, so a round's results are
 * always read with the exact framework it was run with. The standard framework is stored on first use.
 */
final class FrameworkStore {
  private final Jdbi jdbi;
  private final Clock clock;
  private final Map<String, Framework> cache = new ConcurrentHashMap<>();

  FrameworkStore(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** The standard framework, stored if it is not there yet. */
  Framework standard() {
    Framework standard = FrameworkJson.standard();
    if (find(standard.id(), standard.version()).isEmpty()) {
      try {
        insert(standard, null);
      } catch (RuntimeException raced) {
        if (find(standard.id(), standard.version()).isEmpty()) throw raced;
      }
    }
    return standard;
  }

  Framework get(String id, int version) {
    return find(id, version).orElseThrow(() -> new IllegalStateException("framework " + id + " v" + version + " is missing"));
  }

  Optional<Framework> find(String id, int version) {
    String key = id + " v" + version;
    Framework cached = cache.get(key);
    if (cached != null) return Optional.of(cached);
    Optional<Framework> found = jdbi.withHandle(handle -> handle.createQuery(
            "SELECT content FROM sv_framework WHERE framework_id = :id AND framework_version = :version")
        .bind("id", id).bind("version", version).mapTo(String.class).findOne())
        .map(json -> FrameworkJson.parse(json, uk.lacexplorer.i18n.Arg.words("framework.origin.stored", key)));
    found.ifPresent(framework -> cache.put(key, framework));
    return found;
  }

  /** Adds an adapted framework for one authority (or all, when null); its id and version must be new. */
  void insert(Framework framework, String authorityCode) {
    if (find(framework.id(), framework.version()).isPresent()) {
      throw UserError.of("error.selfeval.frameworkExists", framework.key());
    }
    String json = FrameworkJson.write(framework);
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO sv_framework (framework_id, framework_version, authority_code, content, content_sha256, created_at)
            VALUES (:id, :version, :authority, :content, :sha, :now)""")
        .bind("id", framework.id()).bind("version", framework.version()).bind("authority", authorityCode)
        .bind("content", json).bind("sha", SecretTokens.sha256(json)).bind("now", Timestamp.from(clock.instant()))
        .execute());
  }

  /** Frameworks an authority may use: the shared ones and its own, newest version last. */
  List<Framework> available(String authorityCode) {
    standard();
    List<String[]> keys = jdbi.withHandle(handle -> handle.createQuery("""
            SELECT framework_id, framework_version FROM sv_framework
            WHERE authority_code IS NULL OR authority_code = :authority
            ORDER BY framework_id, framework_version""")
        .bind("authority", authorityCode)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
    return keys.stream().map(key -> get(key[0], Integer.parseInt(key[1]))).toList();
  }
}
