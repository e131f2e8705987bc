package uk.lacexplorer.cli.events;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.events.EventService;
import uk.lacexplorer.events.EventsRequest;
import uk.lacexplorer.events.EventsTable;
import uk.lacexplorer.events.KeyEvent;
import uk.lacexplorer.events.KeyEventStore;
import uk.lacexplorer.events.NewEvent;
import uk.lacexplorer.output.Output;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Key events per authority: reviews published, inspections and judgements, changes of head of",
        "service, new practice models, policy, other. Shown beside trends and change points.",
        "Without a subcommand, lists them (as events list)."},
    subcommands = {EventsCommand.Add.class, EventsCommand.ListEvents.class, EventsCommand.Import.class})
public final class EventsCommand extends AnalysisCommand {
  @Mixin
  Filter filter;

  @Override
  protected Output output(Application app) {
    return filter.list(app);
  }

  /** Which events to list: {@code --area}, {@code --from}, {@code --to} (shared by {@code events} and {@code events list}). */
  public static final class Filter {
    @Option(names = "--area", description = "Only this authority (name or code).")
    String area;

    @Option(names = "--from", description = "First calendar year.")
    Integer from;

    @Option(names = "--to", description = "Last calendar year.")
    Integer to;

    Output list(Application app) {
      EventService events = app.eventService();
      return EventsTable.output(events.run(new EventsRequest(area, from, to)), events.areas());
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add one event.")
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--area", required = true, description = "Authority name or code.")
    String area;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    String date;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "One of: practice_review, inspection, "
        + "head_of_service, practice_model, policy, other.")
    String type;

    @Option(names = "--label", required = true, description = "What happened, in a few words.")
    String label;

    @Option(names = "--source", required = true, description = "Where it is documented (report title or URL).")
    String source;

    @Option(names = "--judgement", description = "An inspection's judgement, e.g. \"requires improvement\".")
    String judgement;

    @Override
    public Integer call() {
      EventService events = rootOf(spec).application().eventService();
      KeyEvent saved = events.add(NewEvent.parse(area, date, type, label, source, judgement));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("event %d: %s %s%n", saved.id(), events.areas().get(saved.area()).nameEn(), saved.describe());
      out.flush();
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List events, oldest first.")
  static final class ListEvents extends AnalysisCommand {
    @Mixin
    Filter filter;

    @Override
    protected Output output(Application app) {
      return filter.list(app);
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Import events from a CSV file, all or nothing. Header: area,date,type,label,source and optionally",
          "judgement. Dates YYYY-MM-DD; areas by name or code. Events already stored are left alone."})
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      KeyEventStore.Saved saved = rootOf(spec).application().eventService().importFile(file);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s: %d event(s) added, %d already stored.%n", file, saved.added(), saved.alreadyStored());
      out.flush();
      return 0;
    }
  }

  static uk.lacexplorer.cli.LacxCommand rootOf(CommandSpec spec) {
    return AnalysisCommand.root(spec);
  }
}
