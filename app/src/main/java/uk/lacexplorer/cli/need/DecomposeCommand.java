package uk.lacexplorer.cli.need;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.NeedOptions;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.need.DecomposeRequest;
import uk.lacexplorer.need.DecomposeTable;
import uk.lacexplorer.need.MetricChoice;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.output.Output;

@Command(name = "decompose", mixinStandardHelpOptions = true,
    description = {"Entry versus time in care: an authority's rate in care against its statistical neighbours' pooled",
        "rate, split (stock ≈ entries × mean duration) into more children entering and children staying longer,",
        "with the routes out. Needs starts for the year (England, or any authority with episode data)."})
public final class DecomposeCommand extends AnalysisCommand {
  @Option(names = "--area", required = true, description = "Authority name or code.")
  String area;

  @Option(names = "--k", description = "Number of neighbours (default: 5).")
  String k;

  @Mixin
  NeedOptions need;

  @Override
  protected Output output(Application app) {
    DecomposeRequest request = new DecomposeRequest(area, need.request(NationScope.WALES), Choices.integer("k", k, 5),
        MetricChoice.euclidean());
    return DecomposeTable.output(app.decompose().run(request));
  }
}
