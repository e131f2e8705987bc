package uk.lacexplorer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.cascade.CascadeRequest;
import uk.lacexplorer.cascade.CascadeResult;
import uk.lacexplorer.cascade.CascadeService;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.FunnelRequest;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.compare.FunnelService;
import uk.lacexplorer.compare.SeriesRequest;
import uk.lacexplorer.compare.TrendRequest;
import uk.lacexplorer.compare.TrendResult;
import uk.lacexplorer.compare.TrendService;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.need.DefaultFactor;
import uk.lacexplorer.need.MetricChoice;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelRequest;
import uk.lacexplorer.need.ModelService;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeedRequest;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.need.NeighbourService;
import uk.lacexplorer.need.NeighbourSet;
import uk.lacexplorer.need.NeighboursRequest;
import uk.lacexplorer.projection.ProjectionRequest;
import uk.lacexplorer.projection.ProjectionResult;
import uk.lacexplorer.projection.ProjectionService;
import uk.lacexplorer.projection.Scenario;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.selfeval.RoundResults;
import uk.lacexplorer.store.ObservationStore;

/**
 * Gathers an authority report from the existing services, each asked exactly as its command asks it (so the report's
 * numbers are the commands' numbers): {@code trend}, {@code rates}, {@code funnel}, {@code model},
 * {@code neighbours} (in the nation and across both), {@code rates} of the flow measures, {@code project} and
 * {@code cascade}.
 * Nothing is computed here but the choice of what to ask.
 */
public final class ReportService {
  /** Flows in and out of care shown when the data have them, in this order: in, out, and out by reason. */
  static final List<String> FLOWS = List.of("children_started_looked_after", "children_ceased_looked_after",
      "children_ceased_returned_home", "children_ceased_adopted", "children_ceased_special_guardianship");
  public static final int NEIGHBOURS = NeighboursRequest.DEFAULT_K;
  public static final int HORIZON = 5;

  private final ObservationStore store;
  private final MeasureCatalogue measures;
  private final RateService rates;
  private final TrendService trends;
  private final FunnelService funnels;
  private final NeedTables needTables;
  private final ModelService models;
  private final NeighbourService neighbours;
  private final ProjectionService projections;
  private final CascadeService cascades;
  private final LatestRound rounds;

  /** The latest closed round of an authority whose aggregated results an account may read. */
  @FunctionalInterface
  public interface LatestRound {
    Optional<RoundResults> latestClosed(Account account, String authorityCode);
  }

  public ReportService(ObservationStore store, MeasureCatalogue measures, RateService rates, TrendService trends,
                       FunnelService funnels, NeedTables needTables, ModelService models, NeighbourService neighbours,
                       ProjectionService projections, CascadeService cascades, LatestRound rounds) {
    this.store = store;
    this.measures = measures;
    this.rates = rates;
    this.trends = trends;
    this.funnels = funnels;
    this.needTables = needTables;
    this.models = models;
    this.neighbours = neighbours;
    this.projections = projections;
    this.cascades = cascades;
    this.rounds = rounds;
  }

  /** "The 2013 analysis, reproduced": section 3 of the 2013 research on the same rates and funnel services. */
  public Reproduce2013Service reproduction() {
    return new Reproduce2013Service(rates, funnels, models);
  }

  public ReportResult run(ReportRequest request) {
    Area area = store.areas().resolve(request.area(), null);
    if (!area.isLocalAuthority()) throw UserError.of("error.report.notAuthority", area.nameEn(), area.code().value());
    String code = area.code().value();
    Nation nation = area.nation();
    TrendResult trend = trends.run(new TrendRequest(code, SeriesRequest.defaults()));
    int year = year(request, trend, area);
    List<ReportResult.Command> commands = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    commands.add(new ReportResult.Command("trend", "./lacx trend --area " + code));

    List<RateRow> nationRows = uk.lacexplorer.disclosure.RateRows.protect(rates.rates(RatesRequest.of(nation, year)));
    RateRow rate = row(nationRows, area.code());
    RateRow nationRate = nationRows.stream().filter(RateRow::nation).findFirst().orElse(null);
    commands.add(new ReportResult.Command("rate", "./lacx rates --nation " + nation.id() + " --year " + year));

    FunnelResult funnel = funnels.run(FunnelRequest.parse(CountRequest.of(List.of(nation), year), null, null, null, false));
    FunnelResult.Point point = funnel.points().stream().filter(each -> each.areaCode().equals(code)).findFirst()
        .orElse(null);
    commands.add(new ReportResult.Command("funnel", "./lacx funnel --nation " + nation.id() + " --year " + year));

    ReportResult.Need need = need(NationScope.of(nation), year, code);
    List<ReportResult.Peers> peers = new ArrayList<>();
    if (need == null) {
      gaps.add("report.gap.need");
    } else {
      String skip = need.skipMissing() ? " --skip-missing" : "";
      commands.add(new ReportResult.Command("need", "./lacx model --nation " + nation.id() + " --year " + year
          + " --covariates " + need.factor() + skip));
      NeedRequest needRequest = new NeedRequest(NationScope.of(nation), year, NeedRequest.LOOKED_AFTER,
          List.of(new uk.lacexplorer.measure.MeasureId(need.factor())), null, need.skipMissing());
      try {
        NeighbourSet set = neighbours.run(new NeighboursRequest(code, needRequest, NEIGHBOURS, MetricChoice.euclidean(),
            false)).get(0);
        peers.add(peers("nation", set, rate, nationRows));
        commands.add(new ReportResult.Command("neighbours", "./lacx neighbours --area " + code + " --nation "
            + nation.id() + " --year " + year + " --covariates " + need.factor() + skip));
      } catch (UserError cannot) {
        gaps.add("report.gap.neighbours");
      }
    }
    ReportResult.Peers across = acrossNations(code, year, rate, nation, nationRows, commands);
    if (across == null) gaps.add("report.gap.neighboursBoth");
    else peers.add(across);

    List<ReportResult.Flow> flows = flows(nation, year, area.code());
    if (flows.isEmpty()) gaps.add("report.gap.flows");
    else commands.add(new ReportResult.Command("flows", "./lacx rates --nation " + nation.id() + " --year " + year
        + " --measure MEASURE   (" + String.join(", ", flows.stream().map(ReportResult.Flow::measure).toList()) + ")"));

    ProjectionResult projection = null;
    try {
      projection = projections.run(new ProjectionRequest(code, HORIZON, Scenario.NONE));
      commands.add(new ReportResult.Command("projection", "./lacx project --area " + code + " --horizon " + HORIZON));
    } catch (UserError cannot) {
      gaps.add("report.gap.projection");
    }
    CascadeResult cascade = null;
    try {
      cascade = cascades.run(new CascadeRequest(code, year, CascadeRequest.DEFAULT_K));
      commands.add(new ReportResult.Command("cascade", "./lacx cascade --area " + code + " --year " + year));
    } catch (UserError cannot) {
      gaps.add("report.gap.cascade");
    }
    if (trend.events().isEmpty()) gaps.add("report.gap.events");
    else commands.add(new ReportResult.Command("events", "./lacx events list --area " + code));
    List<Measure> sources = new ArrayList<>();
    sources.add(measures.get(MeasureId.LOOKED_AFTER.value()));
    for (String id : List.of(RateService.ONS_POPULATION, RateService.DFE_POPULATION)) measures.find(id).ifPresent(sources::add);
    if (need != null) sources.add(measures.get(need.factor()));
    for (ReportResult.Peers each : peers) {
      for (String factor : each.set().covariates()) {
        if (sources.stream().noneMatch(m -> m.id().equals(factor))) sources.add(measures.get(factor));
      }
    }
    for (ReportResult.Flow flow : flows) sources.add(measures.get(flow.measure()));
    gaps.add(ReportResult.SELFEVAL_GAP + ".signedOut");
    return new ReportResult(request.withYear(year), area, year, trend, rate, nationRate, funnel, point, need, peers,
        flows, projection, cascade, null, commands, gaps, sources);
  }

  /**
   * The report as {@code viewer} may see it: with the latest closed self-evaluation round of the authority whose
   * aggregated results the viewer may read (the authority's coordinator, or a national viewer for a round the
   * authority shared). Without a viewer, or without a self-evaluation store, the report as anyone sees it.
   */
  public ReportResult forViewer(ReportResult report, Account viewer) {
    if (viewer == null || rounds == null) return report;
    Optional<RoundResults> round = rounds.latestClosed(viewer, report.area().code().value());
    return report.withSelfeval(round.orElse(null), ReportResult.SELFEVAL_GAP + ".none");
  }

  /** As {@link #run(ReportRequest)}, then {@link #forViewer}. */
  public ReportResult run(ReportRequest request, Account viewer) {
    return forViewer(run(request), viewer);
  }

  /** The year asked for, which must have a rate; or the latest year with one. */
  private static int year(ReportRequest request, TrendResult trend, Area area) {
    List<Integer> withRate = trend.years().stream().filter(row -> row.ratePer10k() != null)
        .map(TrendResult.Year::year).toList();
    if (withRate.isEmpty()) throw UserError.of("error.report.noRates", area.nameEn(), area.code().value());
    if (request.year() == null) return withRate.get(withRate.size() - 1);
    if (!withRate.contains(request.year())) {
      throw UserError.of("error.report.noRate", area.nameEn(), request.year(), withRate.get(0),
          withRate.get(withRate.size() - 1));
    }
    return request.year();
  }

  private ReportResult.Need need(NationScope scope, int year, String code) {
    List<String> candidates = candidates(scope.nations());
    Optional<DefaultFactor.Choice> choice = DefaultFactor.first(needTables, scope, year, NeedRequest.LOOKED_AFTER.value(),
        candidates);
    boolean skip = choice.isEmpty();
    if (skip) choice = firstLeavingOut(scope, year, candidates);
    if (choice.isEmpty()) return null;
    String factor = choice.get().factor();
    NeedRequest needRequest = new NeedRequest(scope, year, NeedRequest.LOOKED_AFTER,
        List.of(new uk.lacexplorer.measure.MeasureId(factor)), null, skip);
    NeedModel model;
    try {
      model = models.run(new ModelRequest(needRequest, ModelFamily.NEGBIN, false, FunnelRequest.options(null, null, null)));
    } catch (UserError cannot) {
      return null;
    }
    NeedModel.AreaRatio ratio = model.areas().stream().filter(each -> each.authority().code().value().equals(code))
        .findFirst().orElse(null);
    if (ratio == null) return null;
    Measure measure = measures.get(factor);
    return new ReportResult.Need(factor, measure.label(), measure.labelCy(), choice.get().factorYear(), skip, model,
        ratio);
  }

  /**
   * When no factor has a value for every authority (England after boundary changes): the first factor that answers
   * with the authorities missing it left out, as {@code --skip-missing} does.
   */
  private Optional<DefaultFactor.Choice> firstLeavingOut(NationScope scope, int year, List<String> candidates) {
    for (String candidate : candidates) {
      try {
        var table = needTables.load(new NeedRequest(scope, year, NeedRequest.LOOKED_AFTER, List.of(new uk.lacexplorer.measure.MeasureId(candidate)), null, true));
        if (table.size() >= 5) return Optional.of(new DefaultFactor.Choice(candidate, table.covariateYears().get(0)));
      } catch (UserError refused) {
        // no values near this year: try the next factor
      }
    }
    return Optional.empty();
  }

  /** Neighbours across Wales and England on the first need factor both nations have for every authority. */
  private ReportResult.Peers acrossNations(String code, int year, RateRow rate, Nation nation, List<RateRow> own,
                                           List<ReportResult.Command> commands) {
    Optional<DefaultFactor.Choice> choice = DefaultFactor.first(needTables, NationScope.BOTH, year,
        NeedRequest.LOOKED_AFTER.value(), candidates(List.of(Nation.WALES, Nation.ENGLAND)));
    if (choice.isEmpty()) return null;
    String factor = choice.get().factor();
    NeighbourSet set;
    try {
      set = neighbours.run(new NeighboursRequest(code, NeedRequest.of(NationScope.BOTH, year, List.of(new uk.lacexplorer.measure.MeasureId(factor))),
          NEIGHBOURS, MetricChoice.euclidean(), false)).get(0);
    } catch (UserError cannot) {
      return null;
    }
    List<RateRow> all = new ArrayList<>(own);
    Nation other = nation == Nation.WALES ? Nation.ENGLAND : Nation.WALES;
    try {
      all.addAll(uk.lacexplorer.disclosure.RateRows.protect(rates.rates(RatesRequest.of(other, year))));
    } catch (UserError cannot) {
      return null;
    }
    commands.add(new ReportResult.Command("neighboursBoth", "./lacx neighbours --area " + code + " --nation both --year "
        + year + " --covariates " + factor));
    commands.add(new ReportResult.Command("neighboursBoth", "./lacx rates --nation " + other.id() + " --year " + year));
    return peers("both", set, rate, all);
  }

  private static ReportResult.Peers peers(String scope, NeighbourSet set, RateRow rate, List<RateRow> rows) {
    List<RateRow> chosen = new ArrayList<>();
    for (NeighbourSet.Neighbour neighbour : set.neighbours()) {
      RateRow row = row(rows, neighbour.authority().code());
      if (row != null) chosen.add(row);
    }
    return new ReportResult.Peers(scope, set, rate, chosen);
  }

  private List<ReportResult.Flow> flows(Nation nation, int year, AreaCode code) {
    List<ReportResult.Flow> flows = new ArrayList<>();
    for (String id : FLOWS) {
      if (measures.find(id).isEmpty()) continue;
      List<RateRow> rows;
      try {
        rows = uk.lacexplorer.disclosure.RateRows.protect(rates.rates(new RatesRequest(nation, year, new MeasureId(id),
            null, null)));
      } catch (UserError notPublished) {
        continue;
      }
      RateRow mine = row(rows, code);
      RateRow whole = rows.stream().filter(RateRow::nation).findFirst().orElse(null);
      if (mine == null || !mine.hasRate()) continue;
      Measure measure = measures.get(id);
      flows.add(new ReportResult.Flow(id, measure.label(), measure.labelCy(),
          id.equals("children_started_looked_after") ? "in" : "out", mine, whole));
    }
    return flows;
  }

  /** The need factors (percentages and scores) with data in every one of the nations, in catalogue order. */
  private List<String> candidates(List<Nation> nations) {
    return DefaultFactor.candidates(measures, nations, (nation, id) -> !rates.years(nation, id).isEmpty());
  }

  private static RateRow row(List<RateRow> rows, AreaCode code) {
    return rows.stream().filter(each -> !each.nation() && each.areaCode().equals(code)).findFirst().orElse(null);
  }
}
