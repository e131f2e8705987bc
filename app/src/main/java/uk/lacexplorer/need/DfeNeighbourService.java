package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.stats.peers.PeerComparison;
import uk.lacexplorer.store.ObservationQuery;

/**
 * DfE's statistical neighbours (the April 2021 groupings or the 2025 model, as imported) of an English authority,
 * with each neighbour's rate per 10,000 in the year asked and the authority's rate against their median and range;
 * with a comparison, also the need-based neighbours (k nearest on the need factors, IDACI when none is named) and
 * how far the two sets agree.
 */
public final class DfeNeighbourService {
  public static final String RANK = "dfe_statistical_neighbour_rank";
  public static final String CLOSENESS = "dfe_statistical_neighbour_closeness";
  static final MeasureId DEFAULT_FACTOR = new MeasureId("idaci_average_score");
  private final NeedTables tables;
  private final NeighbourService need;
  private final RateService rates;

  public DfeNeighbourService(NeedTables tables, NeighbourService need) {
    this.tables = tables;
    this.need = need;
    this.rates = new RateService(tables.store(), tables.measures());
  }

  /** DfE's neighbours as {@code method} names them ({@code need} means the 2025 model when comparing). */
  public DfeNeighbours run(NeighboursRequest request, PeerMethod method, boolean compare) {
    Area area = tables.store().areas().resolve(request.area(), request.need().year());
    if (area.nation() != Nation.ENGLAND) throw UserError.of("error.peers.england", area.nameEn());
    PeerMethod dfe = method.dfe() ? method : PeerMethod.DFE_2025;
    Map<AreaCode, Double> rate = new HashMap<>();
    for (RateRow row : rates.rates(new RatesRequest(Nation.ENGLAND, request.need().year(), request.need().measure(),
        null, null))) {
      if (row.hasRate()) rate.put(row.areaCode(), row.rate());
    }
    Map<String, Integer> bands = new HashMap<>();
    for (Observation o : tables.store().find(ObservationQuery.totals(CLOSENESS).allBreakdowns().forAreas(List.of(area.code())).inPeriod(dfe.model()))) {
      if (o.value() != null) bands.put(o.breakdown(), o.value().intValue());
    }
    List<DfeNeighbours.Peer> peers = new ArrayList<>();
    for (Observation o : tables.store().find(ObservationQuery.totals(RANK).allBreakdowns().forAreas(List.of(area.code())).inPeriod(dfe.model()))) {
      if (o.value() == null || !o.breakdown().startsWith("neighbour=")) continue;
      Area peer = tables.store().areas().get(new AreaCode(o.breakdown().substring("neighbour=".length())));
      peers.add(new DfeNeighbours.Peer(peer.code().value(), peer.nameEn(), peer.nameCy(), o.value().intValue(),
          bands.getOrDefault(o.breakdown(), 0), rate.get(peer.code())));
    }
    if (peers.isEmpty()) throw UserError.of("error.peers.none", area.nameEn(), dfe.id());
    peers.sort(Comparator.comparingInt(DfeNeighbours.Peer::rank));
    Double own = rate.get(area.code());
    double[] values = peers.stream().map(DfeNeighbours.Peer::ratePer10000).filter(v -> v != null)
        .mapToDouble(Double::doubleValue).toArray();
    PeerComparison comparison = own == null || values.length == 0 ? null : PeerComparison.of(own, values);
    NeighbourSet needSet = null;
    if (compare) {
      NeedRequest asked = request.need().covariates().isEmpty()
          ? request.need().withCovariates(List.of(DEFAULT_FACTOR)) : request.need();
      needSet = need.neighbours(area.code().value(), asked, request.k(), request.metric());
    }
    return new DfeNeighbours(area.code().value(), area.nameEn(), area.nameCy(), request.need().year(),
        request.need().measure().value(), dfe, own, peers, comparison, needSet);
  }
}
