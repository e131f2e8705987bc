package uk.lacexplorer;

import java.io.Closeable;
import uk.lacexplorer.dataset.DatasetLoader;
import uk.lacexplorer.imports.ImportService;
import uk.lacexplorer.imports.ImporterCatalogue;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;
import uk.lacexplorer.store.ObservationStore;

/**
 * The application's parts, wired by hand and opened on first use: the database (migrated, with the shipped dataset
 * loaded), the store and the services on top of it. The command line and the web server share one instance.
 */
public final class Services implements Closeable {
  private final Config config;
  private final MeasureCatalogue measures = MeasureCatalogue.standard();
  private final ImporterCatalogue importers = ImporterCatalogue.standard();
  private Database database;
  private ObservationStore store;

  public Services(Config config) {
    this.config = config;
  }

  public Config config() {
    return config;
  }

  public synchronized Database database() {
    if (database == null) {
      database = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword());
    }
    return database;
  }

  /** The store, with the shipped dataset loaded into it if this version was not loaded before. */
  public synchronized ObservationStore store() {
    if (store == null) {
      JdbcObservationStore opened = new JdbcObservationStore(database());
      DatasetLoader.ensureLoaded(opened, config.dataset());
      store = opened;
    }
    return store;
  }

  public MeasureCatalogue measures() {
    return measures;
  }

  public ImporterCatalogue importers() {
    return importers;
  }

  public ImportService imports() {
    return new ImportService(store(), importers, measures);
  }

  public RateService rates() {
    return new RateService(store(), measures);
  }

  private uk.lacexplorer.account.AccountService accounts;

  /** Accounts, sessions and the audit log; authority codes are checked against the store's areas. */
  public synchronized uk.lacexplorer.account.AccountService accounts() {
    if (accounts == null) {
      accounts = new uk.lacexplorer.account.AccountService(database().jdbi(),
          new uk.lacexplorer.account.AuditLog(database().jdbi(), java.time.Clock.systemUTC()),
          new uk.lacexplorer.account.StoreAuthorities(() -> store().areas()), java.time.Clock.systemUTC());
    }
    return accounts;
  }

  private uk.lacexplorer.selfeval.Selfeval selfeval;

  /** Self-evaluation rounds, responses, results and action plans, beside the authority's own rates. */
  public synchronized uk.lacexplorer.selfeval.Selfeval selfeval() {
    if (selfeval == null) {
      selfeval = new uk.lacexplorer.selfeval.Selfeval(database().jdbi(), accounts().audit(),
          new uk.lacexplorer.selfeval.RateFigures(this::store, this::rates, this::measures), java.time.Clock.systemUTC());
    }
    return selfeval;
  }

  @Override
  public synchronized void close() {
    if (database != null) database.close();
    database = null;
    store = null;
    accounts = null;
    selfeval = null;
  }
}
