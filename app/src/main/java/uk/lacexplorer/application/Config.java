package uk.lacexplorer.application;

import java.nio.file.Path;
import java.util.Map;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.store.Database;

/**
 * Run-time settings, from system properties and environment variables (see the README's table).
 *
 * @param home folder for the embedded database and other local state ({@code LACX_HOME}, default {@code ./.lacx})
 * @param databaseUrl JDBC URL ({@code LACX_DB_URL}, default an H2 file in {@code home})
 * @param dataset where the shipped dataset is read from ({@code LACX_DATASET}: a folder; default the class path)
 */
public record Config(Path home, String databaseUrl, String databaseUser, String databasePassword,
                     DatasetFiles.Location dataset) {

  public static Config fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static Config fromEnvironment(Map<String, String> env) {
    Path home = Path.of(setting(env, "lacx.home", "LACX_HOME", ".lacx"));
    String url = setting(env, "lacx.db.url", "LACX_DB_URL", null);
    String datasetFolder = setting(env, "lacx.dataset", "LACX_DATASET", null);
    return new Config(home, url == null ? Database.embeddedUrl(home) : url,
        setting(env, "lacx.db.user", "LACX_DB_USER", null), setting(env, "lacx.db.password", "LACX_DB_PASSWORD", null),
        datasetFolder == null ? DatasetFiles.Location.classpath() : DatasetFiles.Location.folder(Path.of(datasetFolder)));
  }

  private static String setting(Map<String, String> env, String property, String variable, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) value = env.get(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Whether the database is the embedded H2 file in {@code home} (opened with its own random password). */
  public boolean isEmbedded() {
    return databaseUrl.equals(Database.embeddedUrl(home)) && databasePassword == null;
  }

  public Config withDatabaseUrl(String url) {
    return new Config(home, url, databaseUser, databasePassword, dataset);
  }
}
