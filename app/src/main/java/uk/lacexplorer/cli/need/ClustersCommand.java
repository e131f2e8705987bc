package uk.lacexplorer.cli.need;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.NeedOptions;
import uk.lacexplorer.need.ClustersRequest;
import uk.lacexplorer.need.ClustersTable;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.output.Output;

@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Clusters of authorities on standardised need factors: k-means (k-means++ starts, fixed seed) and",
        "Ward's hierarchical method (as R hclust ward.D2), k chosen by the mean silhouette width unless --k is given,",
        "with each cluster's rates side by side."})
public final class ClustersCommand extends AnalysisCommand {
  @Option(names = "--nation", paramLabel = "wales|england|both", description = "Default: wales.")
  String nation;

  @Mixin
  NeedOptions need;

  @Option(names = "--k", paramLabel = "auto|K", description = "Number of clusters (default: auto).")
  String k;

  @Option(names = "--max-k", description = "Largest k tried by --k auto (default: 8).")
  String maxK;

  @Option(names = "--seed", description = "k-means seed (default: the fixed seed of the k-means code).")
  String seed;

  @Override
  protected Output output(Application app) {
    ClustersRequest request = ClustersRequest.parse(need.request(NationScope.parse(nation, NationScope.WALES)), k, maxK, seed);
    return ClustersTable.output(app.clusters().run(request));
  }
}
