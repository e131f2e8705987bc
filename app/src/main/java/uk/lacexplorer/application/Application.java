package uk.lacexplorer.application;

import java.time.Clock;
import uk.lacexplorer.account.AccessPolicy;
import uk.lacexplorer.account.AccountService;
import uk.lacexplorer.account.AuditLog;
import uk.lacexplorer.account.StoreAuthorities;
import uk.lacexplorer.browse.DataService;
import uk.lacexplorer.compare.ChangePointService;
import uk.lacexplorer.compare.ChangeService;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.compare.FunnelService;
import uk.lacexplorer.compare.ShrinkageService;
import uk.lacexplorer.compare.TrendService;
import uk.lacexplorer.dataset.DatasetLoader;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.events.EventService;
import uk.lacexplorer.events.KeyEventStore;
import uk.lacexplorer.imports.ImportService;
import uk.lacexplorer.imports.ImporterCatalogue;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.need.ClusterService;
import uk.lacexplorer.need.DecomposeService;
import uk.lacexplorer.need.ExplainedVarianceService;
import uk.lacexplorer.need.ModelService;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.need.NeighbourService;
import uk.lacexplorer.need.PairService;
import uk.lacexplorer.need.ScatterService;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.selfeval.RateFigures;
import uk.lacexplorer.selfeval.Selfeval;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;
import uk.lacexplorer.store.ObservationStore;

/**
 * The application: every service, built once from {@link Config} and wired by hand. Both adapters — the command line
 * and the web — receive this one object and call the services on it; neither builds a service of its own.
 *
 * <p>Nothing is opened until it is used: a command that needs no data (help, the framework, synthetic episodes)
 * never touches the database, and the first service that needs the store opens the database, brings its schema up
 * to date and loads the shipped dataset if this version was not loaded before. Thread-safe.
 */
public final class Application implements AutoCloseable {
  private final Config config;
  private final Clock clock;
  private final MeasureCatalogue measures = MeasureCatalogue.standard();
  private final ImporterCatalogue importers = uk.lacexplorer.imports.standard.StandardImporters.catalogue();
  private final Lazy<ResultCache> cache = new Lazy<>(ResultCache::new);
  private final Lazy<Database> database;
  private final Lazy<ObservationStore> store;
  private final Lazy<RateService> rates;
  private final Lazy<DataService> data;
  private final Lazy<CountTables> counts;
  private final Lazy<NeedTables> needTables;
  private final Lazy<KeyEventStore> events;
  private final Lazy<EventService> eventService;
  private final Lazy<FunnelService> funnel;
  private final Lazy<TrendService> trend;
  private final Lazy<ChangePointService> changePoints;
  private final Lazy<ShrinkageService> shrinkage;
  private final Lazy<uk.lacexplorer.projection.ProjectionService> projection;
  private final Lazy<uk.lacexplorer.commission.CommissionService> commission;
  private final Lazy<ChangeService> change;
  private final Lazy<uk.lacexplorer.need.ChangesService> changes;
  private final Lazy<ScatterService> scatter;
  private final Lazy<ModelService> model;
  private final Lazy<uk.lacexplorer.need.ModelSelection> modelSelection;
  private final Lazy<ExplainedVarianceService> explained;
  private final Lazy<NeighbourService> neighbours;
  private final Lazy<uk.lacexplorer.need.DfeNeighbourService> dfeNeighbours;
  private final Lazy<PairService> pairs;
  private final Lazy<ClusterService> clusters;
  private final Lazy<DecomposeService> decompose;
  private final Lazy<AccountService> accounts;
  private final Lazy<Selfeval> selfeval;
  private final Lazy<uk.lacexplorer.cascade.CascadeService> cascade;
  private final Lazy<uk.lacexplorer.cascade.StageFunnelService> stageFunnel;
  private final Lazy<uk.lacexplorer.cascade.CascadeTrend> cascadeTrend;
  private final Lazy<uk.lacexplorer.report.ReportService> report;
  private final Lazy<uk.lacexplorer.factors.FactorsService> factors;
  private final Lazy<EpisodeService> episodes = new Lazy<>(EpisodeService::new);

  public Application(Config config) {
    this(config, Clock.systemUTC());
  }

  public Application(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
    database = new Lazy<>(() -> config.isEmbedded() ? Database.openEmbedded(config.home())
        : Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword()));
    store = new Lazy<>(() -> {
      JdbcObservationStore opened = new JdbcObservationStore(database.get());
      if (DatasetLoader.ensureLoaded(opened, config.dataset())) database.get().compactOnClose();
      return opened;
    });
    rates = new Lazy<>(() -> new RateService(store.get(), measures));
    data = new Lazy<>(() -> new DataService(store.get(), measures));
    counts = new Lazy<>(() -> new CountTables(store.get(), measures,
        compute -> request -> cache.get().get("rate-rows", request, () -> compute.apply(request))));
    needTables = new Lazy<>(() -> new NeedTables(store.get(), measures));
    events = new Lazy<>(() -> {
      KeyEventStore opened = new KeyEventStore(database.get());
      uk.lacexplorer.events.ShippedEvents.ensureStored(opened, store.get().areas());
      return opened;
    });
    eventService = new Lazy<>(() -> new EventService(events.get(), store.get().areas()));
    funnel = new Lazy<>(() -> new FunnelService(counts.get()));
    trend = new Lazy<>(() -> new TrendService(counts.get(), events.get()));
    changePoints = new Lazy<>(() -> new ChangePointService(counts.get(), events.get()));
    shrinkage = new Lazy<>(() -> new ShrinkageService(counts.get()));
    change = new Lazy<>(() -> new ChangeService(counts.get()));
    changes = new Lazy<>(() -> new uk.lacexplorer.need.ChangesService(change.get(), store.get(), measures));
    scatter = new Lazy<>(() -> new ScatterService(needTables.get()));
    model = new Lazy<>(() -> new ModelService(needTables.get()));
    modelSelection = new Lazy<>(() -> new uk.lacexplorer.need.ModelSelection(needTables.get()));
    explained = new Lazy<>(() -> new ExplainedVarianceService(needTables.get()));
    neighbours = new Lazy<>(() -> new NeighbourService(needTables.get()));
    projection = new Lazy<>(() -> {
      var peers = new uk.lacexplorer.need.DefaultNeighbours(needTables.get(), neighbours.get(), measures,
          (nation, id) -> !rates.get().years(nation, id).isEmpty());
      return new uk.lacexplorer.projection.ProjectionService(store.get(),
          (code, year) -> peers.of(store.get().areas().get(code), year), (code, year) -> stageCounts(code, year));
    });
    commission = new Lazy<>(() -> new uk.lacexplorer.commission.CommissionService(store.get(), projection.get()));
    dfeNeighbours = new Lazy<>(() -> new uk.lacexplorer.need.DfeNeighbourService(needTables.get(), neighbours.get()));
    pairs = new Lazy<>(() -> new PairService(needTables.get()));
    clusters = new Lazy<>(() -> new ClusterService(needTables.get()));
    decompose = new Lazy<>(() -> new DecomposeService(needTables.get()));
    cascade = new Lazy<>(() -> new uk.lacexplorer.cascade.CascadeService(counts.get(), neighbours.get(),
        compute -> key -> cache.get().get("cascade-stage", key, () -> compute.apply(key))));
    stageFunnel = new Lazy<>(() -> new uk.lacexplorer.cascade.StageFunnelService(counts.get()));
    cascadeTrend = new Lazy<>(() -> new uk.lacexplorer.cascade.CascadeTrend(cascade.get()));
    accounts = new Lazy<>(() -> new AccountService(database.get().jdbi(), new AuditLog(database.get().jdbi(), clock),
        new StoreAuthorities(() -> store.get().areas()), clock));
    selfeval = new Lazy<>(() -> new Selfeval(database.get().jdbi(), accounts.get().audit(),
        new RateFigures(store::get, rates::get, model::get), clock, AccessPolicy.STANDARD));
    factors = new Lazy<>(() -> new uk.lacexplorer.factors.FactorsService(store.get(), measures));
    report = new Lazy<>(() -> new uk.lacexplorer.report.ReportService(store.get(), measures, rates.get(), trend.get(),
        funnel.get(), needTables.get(), model.get(), neighbours.get(), projection.get(), cascade.get(),
        (account, code) -> selfeval.get().results().latestClosed(account, code)));
  }

  public Config config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  /** The database, opened and migrated on first use (without loading the dataset). */
  public Database database() {
    return database.get();
  }

  /** The observations, with the shipped dataset loaded on first use if this version was not loaded before. */
  public ObservationStore store() {
    return store.get();
  }

  public MeasureCatalogue measures() {
    return measures;
  }

  public ImporterCatalogue importers() {
    return importers;
  }

  /** Results kept for a minute by request, for the web; forgotten when the data change ({@link #dataChanged()}). */
  public ResultCache cache() {
    return cache.get();
  }

  /** Forgets every kept result: called after an import through this application changed the data. */
  public void dataChanged() {
    if (cache.made()) cache.get().clear();
  }

  public ImportService imports() {
    return new ImportService(store(), importers, measures);
  }

  public RateService rates() {
    return rates.get();
  }

  /** Stored values of a measure, with flags and sources. */
  public DataService data() {
    return data.get();
  }

  public CountTables counts() {
    return counts.get();
  }

  public NeedTables needTables() {
    return needTables.get();
  }

  public KeyEventStore events() {
    return events.get();
  }

  /** Key events: list, add, import. */
  public EventService eventService() {
    return eventService.get();
  }

  public FunnelService funnel() {
    return funnel.get();
  }

  public TrendService trend() {
    return trend.get();
  }

  public ChangePointService changePoints() {
    return changePoints.get();
  }

  public ShrinkageService shrinkage() {
    return shrinkage.get();
  }

  public uk.lacexplorer.projection.ProjectionService projection() {
    return projection.get();
  }

  public uk.lacexplorer.commission.CommissionService commission() {
    return commission.get();
  }

  public ChangeService change() {
    return change.get();
  }
  public uk.lacexplorer.need.ChangesService changes() {
    return changes.get();
  }


  public ScatterService scatter() {
    return scatter.get();
  }

  public ModelService model() {
    return model.get();
  }

  /** Candidate sets of need factors by AIC and leave-one-out deviance ({@code ./lacx model --select}). */
  public uk.lacexplorer.need.ModelSelection modelSelection() {
    return modelSelection.get();
  }

  public ExplainedVarianceService explained() {
    return explained.get();
  }

  public NeighbourService neighbours() {
    return neighbours.get();
  }

  /** DfE's statistical neighbours (2021 groupings, 2025 model) and their comparison with the need-based ones. */
  public uk.lacexplorer.need.DfeNeighbourService dfeNeighbours() {
    return dfeNeighbours.get();
  }

  public PairService pairs() {
    return pairs.get();
  }

  public ClusterService clusters() {
    return clusters.get();
  }

  public DecomposeService decompose() {
    return decompose.get();
  }

  /** The counts of the cascade's flow stages of an authority in a year, as {@code ./lacx cascade} gives them. */
  private java.util.Map<String, Double> stageCounts(uk.lacexplorer.area.AreaCode code, int year) {
    java.util.Map<String, Double> counts = new java.util.LinkedHashMap<>();
    try {
      var result = cascade().run(new uk.lacexplorer.cascade.CascadeRequest(code.value(), year,
          uk.lacexplorer.cascade.CascadeRequest.DEFAULT_K));
      for (var figure : result.figures()) {
        if (figure.stage().kind() == uk.lacexplorer.cascade.Stage.Kind.FLOW
            && uk.lacexplorer.cascade.CascadeFigure.RATE.equals(figure.figure()) && figure.count() != null) {
          counts.put(figure.stage().measure(), figure.count());
        }
      }
    } catch (uk.lacexplorer.i18n.UserError notPublished) {
      // no stage of the cascade in that year: the change is refused by the projection
    }
    return counts;
  }

  /** Projections from an authority's own SSDA903 episodes (stateless). */
  public uk.lacexplorer.projection.episodes.EpisodeProjectionService episodeProjection() {
    return new uk.lacexplorer.projection.episodes.EpisodeProjectionService();
  }

  /** An authority's moderating factors beside its nation's spread of them. */
  public uk.lacexplorer.factors.FactorsService factors() {
    return factors.get();
  }

  /** Key intervention points: an authority's cascade from referral to care, with its resources. */
  public uk.lacexplorer.cascade.CascadeService cascade() {
    return cascade.get();
  }

  /** One cascade stage across a nation's authorities (conversions with binomial limits). */
  public uk.lacexplorer.cascade.StageFunnelService stageFunnel() {
    return stageFunnel.get();
  }

  /** Every stage of an authority's cascade over the years. */
  public uk.lacexplorer.cascade.CascadeTrend cascadeTrend() {
    return cascadeTrend.get();
  }

  public EpisodeService episodes() {
    return episodes.get();
  }

  /** Accounts, sessions and the audit log; authority codes are checked against the store's areas. */
  public AccountService accounts() {
    return accounts.get();
  }

  /** Self-evaluation rounds, responses, results and action plans, beside the authority's own rates. */
  /** Who may do what: the web checks every route against it, the self-evaluation every record. */
  public AccessPolicy access() {
    return AccessPolicy.STANDARD;
  }

  public Selfeval selfeval() {
    return selfeval.get();
  }

  /** Authority reports (HTML and PDF) gathered from the services above. */
  public uk.lacexplorer.report.ReportService report() {
    return report.get();
  }

  @Override
  public synchronized void close() {
    if (database.made()) database.get().close();
  }
}
