package uk.lacexplorer.cli.cascade;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cascade.CascadeRequest;
import uk.lacexplorer.cascade.CascadeTable;
import uk.lacexplorer.cascade.CascadeTrend;
import uk.lacexplorer.cascade.StageFunnelRequest;
import uk.lacexplorer.cascade.StageFunnelTable;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.output.Output;

@Command(name = "cascade", mixinStandardHelpOptions = true, subcommands = CascadeCommand.Trend.class,
    description = {"Key intervention points: one authority's cascade from referral to care (referrals, section 47",
        "enquiries, initial child protection conferences, plans started, starts to be looked after), each as a rate per",
        "10,000 children (exact Poisson 95% CI) and a conversion per 100 of the stage before (Wilson 95% CI); the stocks",
        "at 31 March, the ways out of care and the social-work resources beside them; each against the nation, the",
        "need-based neighbours' median and range and the funnel limits, and where it departs most from its neighbours.",
        "With --stage S --nation N --year Y instead of --area: the funnel of one stage across the nation's authorities."})
public final class CascadeCommand extends AnalysisCommand {
  @Option(names = "--area", description = "Authority name or code.")
  String area;

  @Option(names = "--year", description = "Year ending 31 March (default: the latest with referrals or children looked after).")
  String year;

  @Option(names = "--k", description = "Number of need-based neighbours (default: " + CascadeRequest.DEFAULT_K + ").")
  String k;

  @Option(names = "--stage", paramLabel = "MEASURE", description = "A stage (e.g. section47_enquiries): its funnel across authorities.")
  String stage;

  @Option(names = "--nation", paramLabel = "wales|england", description = "The nation of the stage's funnel.")
  String nation;

  @Option(names = "--overdispersion", paramLabel = "none|multiplicative|additive",
      description = "Widen the stage funnel's limits for overdispersion (default: none; additive for rates only).")
  String overdispersion;

  @Override
  protected Output output(Application app) {
    if (stage != null) {
      return StageFunnelTable.output(app.stageFunnel().run(StageFunnelRequest.parse(nation, year, stage, overdispersion)));
    }
    if (area == null) throw UserError.of("error.cascade.areaOrStage", Arg.option("area"), Arg.option("stage"), Arg.option("nation"));
    return CascadeTable.output(app.cascade().run(CascadeRequest.parse(area, year, k)));
  }

  @Command(name = "trend", mixinStandardHelpOptions = true,
      description = "Every stage from referral to care for one authority, each year the loaded data hold it.")
  public static final class Trend extends AnalysisCommand {
    @Option(names = "--area", required = true, description = "Authority name or code.")
    String area;

    @Override
    protected Output output(Application app) {
      return CascadeTrend.output(app.cascadeTrend().run(new CascadeTrend.Request(area)));
    }
  }
}
