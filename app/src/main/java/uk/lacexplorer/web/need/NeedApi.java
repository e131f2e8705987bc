package uk.lacexplorer.web.need;

import io.javalin.config.RoutesConfig;
import java.util.List;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.compare.FunnelRequest;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.need.ClusterService;
import uk.lacexplorer.need.ClustersRequest;
import uk.lacexplorer.need.ClustersTable;
import uk.lacexplorer.need.DecomposeRequest;
import uk.lacexplorer.need.DecomposeTable;
import uk.lacexplorer.need.ExplainedRequest;
import uk.lacexplorer.need.ExplainedTable;
import uk.lacexplorer.need.MetricChoice;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelRequest;
import uk.lacexplorer.need.ModelTable;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeighbourSet;
import uk.lacexplorer.need.NeighboursRequest;
import uk.lacexplorer.need.NeighboursTable;
import uk.lacexplorer.need.DfeNeighboursTable;
import uk.lacexplorer.need.PeerMethod;
import uk.lacexplorer.need.PairsRequest;
import uk.lacexplorer.need.PairsTable;
import uk.lacexplorer.need.ScatterFit;
import uk.lacexplorer.need.ScatterRequest;
import uk.lacexplorer.need.ScatterTable;
import uk.lacexplorer.need.SimilarPair;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Requests;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.ApiEndpoint;

/**
 * The need analyses' API answers ({@code scatter}, {@code model}, {@code explained}, {@code neighbours},
 * {@code pairs}, {@code clusters}, {@code decompose}) and the requests and cached results the pages share with them.
 */
public final class NeedApi implements WebModule {
  private final Site site;

  public NeedApi(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    Application app = site.app();
    return List.of(
        ApiEndpoint.of("scatter", List.of("nation", "year", "x", "y", "covariate-year", "skip-missing"),
            params -> ScatterTable.output(scatter(site, scatterRequest(params)))),
        ApiEndpoint.of("model", Requests.names(List.of("nation"), Requests.NEED,
            List.of("family", "leave-one-out", "limits", "overdispersion", "scale", "interactions")),
            params -> ModelTable.output(model(site, modelRequest(params)))),
        ApiEndpoint.of("model-selection", Requests.names(List.of("nation"), Requests.NEED,
            List.of("family", "interactions")),
            params -> uk.lacexplorer.need.SelectionTable.output(site.cached("model-selection", modelRequest(params),
                site.app().modelSelection()::run))),
        ApiEndpoint.of("explained", List.of("nation", "covariates", "from", "to", "measure", "skip-missing"),
            params -> ExplainedTable.output(site.cached("explained", ExplainedRequest.parse(params.text("nation"),
                params.joined("covariates"), params.text("from"), params.text("to"), params.text("measure"),
                params.flag("skip-missing")), app.explained()::run))),
        ApiEndpoint.of("neighbours", Requests.names(List.of("area", "k", "nation"), Requests.NEED,
            List.of("distance", "weights", "sensitivity", "method", "compare")), params -> {
              NeighboursRequest request = neighboursRequest(params);
              PeerMethod method = PeerMethod.parse(params.text("method"));
              boolean compare = params.flag("compare");
              if (method.dfe() || compare) {
                return DfeNeighboursTable.output(site.cached("dfe-neighbours", List.of(request, method, compare),
                    key -> app.dfeNeighbours().run(request, method, compare)));
              }
              if (request.allWelsh()) return NeighboursTable.acrossTheBorder(neighbours(site, request));
              return NeighboursTable.output(neighbours(site, request), request.sensitivity());
            }),
        ApiEndpoint.of("pairs", Requests.names(List.of("nation"), Requests.NEED, List.of("k", "fdr", "all")),
            params -> {
              PairsRequest request = pairsRequest(params);
              return PairsTable.output(request, pairs(site, request));
            }),
        ApiEndpoint.of("clusters", Requests.names(List.of("nation"), Requests.NEED, List.of("k", "max-k", "seed")),
            params -> ClustersTable.output(clusters(site, clustersRequest(params)))),
        ApiEndpoint.of("decompose", Requests.names(List.of("area", "k"), Requests.NEED),
            params -> DecomposeTable.output(site.cached("decompose", new DecomposeRequest(params.text("area"),
                Requests.need(params, NationScope.WALES), Choices.integer("k", params.text("k"), 5),
                MetricChoice.euclidean()), app.decompose()::run))));
  }

  public static ScatterRequest scatterRequest(Params params) {
    return ScatterRequest.parse(params.text("nation"), params.text("year"), params.text("x"), params.text("y"),
        params.text("covariate-year"), params.flag("skip-missing"));
  }

  public static ModelRequest modelRequest(Params params) {
    return new ModelRequest(uk.lacexplorer.need.HarmonisedFactors.orDefault(
        Requests.need(params, NationScope.parse(params.text("nation")))),
        ModelFamily.parse(params.text("family"), ModelFamily.NEGBIN), params.flag("leave-one-out"),
        FunnelRequest.options(params.text("limits"), params.text("overdispersion"), params.text("scale")),
        params.flag("interactions"));
  }

  public static NeighboursRequest neighboursRequest(Params params) {
    return new NeighboursRequest(params.text("area"),
        Requests.need(params, NationScope.parse(params.text("nation"), NationScope.WALES)),
        NeighboursRequest.k(params.text("k")), MetricChoice.parse(params.text("distance"), params.joined("weights")),
        params.flag("sensitivity"));
  }

  public static PairsRequest pairsRequest(Params params) {
    return new PairsRequest(Requests.need(params, NationScope.parse(params.text("nation"))),
        Choices.integer("k", params.text("k"), 5), PairsRequest.fdr(params.text("fdr")), params.flag("all"));
  }

  public static ClustersRequest clustersRequest(Params params) {
    return ClustersRequest.parse(Requests.need(params, NationScope.parse(params.text("nation"), NationScope.WALES)),
        params.text("k"), params.text("max-k"), params.text("seed"));
  }

  public static ScatterFit scatter(Site site, ScatterRequest request) {
    return site.cached("scatter", request, site.app().scatter()::run);
  }

  public static NeedModel model(Site site, ModelRequest request) {
    return site.cached("model", request, site.app().model()::run);
  }

  public static List<NeighbourSet> neighbours(Site site, NeighboursRequest request) {
    return site.cached("neighbours", request, site.app().neighbours()::run);
  }

  public static List<SimilarPair> pairs(Site site, PairsRequest request) {
    return site.cached("pairs", request, site.app().pairs()::run);
  }

  public static ClusterService.Result clusters(Site site, ClustersRequest request) {
    return site.cached("clusters", request, site.app().clusters()::run);
  }
}
