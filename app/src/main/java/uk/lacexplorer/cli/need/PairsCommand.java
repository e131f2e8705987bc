package uk.lacexplorer.cli.need;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.NeedOptions;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.PairsRequest;
import uk.lacexplorer.need.PairsTable;
import uk.lacexplorer.output.Output;

@Command(name = "pairs", mixinStandardHelpOptions = true,
    description = {"Similar need, different rates: pairs of authorities where one is among the other's k nearest on",
        "standardised need factors, whose rates differ beyond chance (exact conditional test of two Poisson rates,",
        "Benjamini-Hochberg false discovery rate over all pairs tested), ranked by q. --all shows every pair tested."})
public final class PairsCommand extends AnalysisCommand {
  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Mixin
  NeedOptions need;

  @Option(names = "--k", description = "Pairs are each authority with its k nearest (default: 5).")
  String k;

  @Option(names = "--fdr", description = "False discovery rate (default: 0.05).")
  String fdr;

  @Option(names = "--all", description = "Show every pair tested, not only those that differ.")
  boolean all;

  @Override
  protected Output output(Application app) {
    PairsRequest request = new PairsRequest(need.request(NationScope.parse(nation)), Choices.integer("k", k, 5),
        PairsRequest.fdr(fdr), all);
    return PairsTable.output(request, app.pairs().run(request));
  }
}
