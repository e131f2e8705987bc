package uk.lacexplorer.cli.need;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.NeedOptions;
import uk.lacexplorer.need.MetricChoice;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeighboursRequest;
import uk.lacexplorer.need.NeighboursTable;
import uk.lacexplorer.need.DfeNeighboursTable;
import uk.lacexplorer.need.PeerMethod;
import uk.lacexplorer.output.Output;

@Command(name = "neighbours", mixinStandardHelpOptions = true,
    description = {"Statistical neighbours: the k authorities nearest to one authority on standardised need factors",
        "(z-scores over its nation; Euclidean, weighted or Mahalanobis distance), their rates per 10,000, and the",
        "authority's rate against their median and range. --sensitivity repeats it leaving each factor out, with a",
        "smaller and a larger k and with the other distance, to show whether the conclusion holds."})
public final class NeighboursCommand extends AnalysisCommand {
  @Option(names = "--area", description = "Authority name or code (with --nation both and no area: every Welsh authority's nearest English ones).")
  String area;

  @Option(names = "--k", description = "Number of neighbours (default: " + NeighboursRequest.DEFAULT_K + ").")
  String k;

  @Option(names = "--nation", paramLabel = "wales|england|both",
      description = "Give 'both' to look for neighbours across Wales and England (default: the authority's nation).")
  String nation;

  @Mixin
  NeedOptions need;

  @Option(names = "--distance", paramLabel = "euclidean|weighted|mahalanobis", description = "Default: euclidean.")
  String distance;

  @Option(names = "--weights", paramLabel = "W[,W...]", description = "One weight per covariate (weighted distance).")
  String weights;

  @Option(names = "--sensitivity", description = "Show how the comparison changes across neighbour sets.")
  boolean sensitivity;

  @Option(names = "--method", paramLabel = "need|dfe-2021|dfe-2025",
      description = "need (default): nearest on the need factors; dfe-2021 / dfe-2025: DfE's ten statistical neighbours with their closeness band (England).")
  String method;

  @Option(names = "--compare", description = "Set the need-based neighbours beside DfE's (the 2025 model unless --method names one): overlap and the rate median of each set.")
  boolean compare;

  @Override
  protected Output output(Application app) {
    NeighboursRequest request = new NeighboursRequest(area, need.request(NationScope.parse(nation, NationScope.WALES)),
        NeighboursRequest.k(k), MetricChoice.parse(distance, weights), sensitivity);
    PeerMethod chosen = PeerMethod.parse(method);
    if (chosen.dfe() || compare) return DfeNeighboursTable.output(app.dfeNeighbours().run(request, chosen, compare));
    if (request.allWelsh()) return NeighboursTable.acrossTheBorder(app.neighbours().run(request));
    return NeighboursTable.output(app.neighbours().run(request), sensitivity);
  }
}
