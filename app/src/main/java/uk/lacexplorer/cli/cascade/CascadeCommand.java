package uk.lacexplorer.cli.cascade;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cascade.CascadeRequest;
import uk.lacexplorer.cascade.CascadeTable;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.output.Output;

@Command(name = "cascade", mixinStandardHelpOptions = true,
    description = {"Key intervention points: one authority's cascade from referral to care (referrals, section 47",
        "enquiries, initial child protection conferences, plans started, starts to be looked after), each as a rate per",
        "10,000 children (exact Poisson 95% CI) and a conversion per 100 of the stage before (Wilson 95% CI); the stocks",
        "at 31 March, the ways out of care and the social-work resources beside them; each against the nation, the",
        "need-based neighbours' median and range and the funnel limits, and where it departs most from its neighbours."})
public final class CascadeCommand extends AnalysisCommand {
  @Option(names = "--area", required = true, description = "Authority name or code.")
  String area;

  @Option(names = "--year", description = "Year ending 31 March (default: the latest with referrals or children looked after).")
  String year;

  @Option(names = "--k", description = "Number of need-based neighbours (default: " + CascadeRequest.DEFAULT_K + ").")
  String k;

  @Override
  protected Output output(Application app) {
    return CascadeTable.output(app.cascade().run(CascadeRequest.parse(area, year, k)));
  }
}
