package uk.lacexplorer.cli.projection;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.projection.BacktestRequest;
import uk.lacexplorer.projection.BacktestTable;

@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = {"Rolling-origin backtest of the projection over every authority of a nation: mean absolute",
        "percentage error against the last value and the five-year linear trend, and the share of outcomes inside",
        "the 80%% and 95%% intervals."})
public final class BacktestCommand extends AnalysisCommand {
  @Option(names = "--nation", required = true, paramLabel = "wales|england")
  String nation;

  @Option(names = "--origin", description = "One origin year (default: every origin the data allow).")
  String origin;

  @Option(names = "--horizon", description = "Years ahead, 1-5 (default 3).")
  String horizon;

  @Override
  protected Output output(Application app) {
    return BacktestTable.output(app.projection().backtest().run(BacktestRequest.parse(nation, origin, horizon)));
  }
}
