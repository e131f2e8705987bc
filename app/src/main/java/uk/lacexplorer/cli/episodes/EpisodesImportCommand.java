package uk.lacexplorer.cli.episodes;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.FlowObservations;
import uk.lacexplorer.episodes.validate.Finding;
import uk.lacexplorer.episodes.validate.Rule;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;
import uk.lacexplorer.store.ImportSummary;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Derive the yearly flows of an SSDA903 extract and save them in the store as observations",
        "(children_looked_after, children_started_looked_after, children_ceased_looked_after and ceased returned",
        "home / adopted / special guardianship) under one source naming the extract, all or nothing, so that rates,",
        "funnels and models use them like the official figures. Each authority folder must be named by (or --la",
        "give) an authority code or name known to ./lacx areas."})
final class EpisodesImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ExtractOptions extract;

  @Option(names = "--source-id", paramLabel = "ID", description = "Source id (default: ssda903_<folder name>).")
  String sourceId;

  @Option(names = "--replace", description = "Replace values already stored from another source.")
  boolean replace;

  @Option(names = "--strict", description = "Import nothing when validation finds an error (default: report them).")
  boolean strict;

  @Override
  public Integer call() {
    if (extract.range != null) {
      throw uk.lacexplorer.i18n.UserError.of("error.episodes.rangeImport", uk.lacexplorer.i18n.Arg.option("range"));
    }
    Application services = ((LacxCommand) spec.root().userObject()).application();
    List<AuthorityResult> results = new EpisodeService().process(
        extract.request(EnumSet.of(EpisodeService.Work.FLOWS, EpisodeService.Work.VALIDATE)));
    long errors = results.stream().flatMap(result -> result.findings().stream())
        .filter(finding -> finding.rule().severity() == Rule.Severity.ERROR).count();
    long findings = results.stream().mapToLong(result -> result.findings().size()).sum();
    if (strict && errors > 0) {
      Finding first = results.stream().flatMap(result -> result.findings().stream())
          .filter(finding -> finding.rule().severity() == Rule.Severity.ERROR).findFirst().orElseThrow();
      throw uk.lacexplorer.i18n.UserError.of("error.episodes.strict", errors, uk.lacexplorer.i18n.Arg.option("strict"), first.table(),
          first.line(), first.child(), first.field(), first.value(), first.rule().id(), first.message());
    }
    Source source = FlowObservations.source(extract.dir, sourceId);
    List<Observation> observations = FlowObservations.observations(results, services.store().areas(), source,
        services.measures());
    ImportSummary summary = FlowObservations.save(services.store(), source, observations, replace);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s: %d authorities, %d values saved under source %s: %d added, %d changed (flagged revised), %d"
        + " unchanged. Validation: %d findings, %d errors (see ./lacx episodes validate).%n", extract.dir,
        results.size(), summary.total(), source.id(), summary.added(), summary.changed(), summary.unchanged(),
        findings, errors);
    out.flush();
    return 0;
  }
}
