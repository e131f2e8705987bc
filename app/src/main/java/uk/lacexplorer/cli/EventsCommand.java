package uk.lacexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.lacexplorer.Services;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.events.EventType;
import uk.lacexplorer.events.KeyEvent;
import uk.lacexplorer.events.KeyEventReader;
import uk.lacexplorer.events.KeyEventStore;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Key events per authority: reviews published, inspections and judgements, changes of head of",
        "service, new practice models, policy, other. Shown beside trends and change points.",
        "Without a subcommand, lists them (as events list)."},
    subcommands = {EventsCommand.Add.class, EventsCommand.ListEvents.class, EventsCommand.Import.class})
final class EventsCommand extends ReportCommand {
  @Mixin
  Filter filter;

  @Override
  protected Report report(Services services) {
    return filter.list(services);
  }

  /** Which events to list: {@code --area}, {@code --from}, {@code --to} (shared by {@code events} and {@code events list}). */
  static final class Filter {
    @Option(names = "--area", description = "Only this authority (name or code).")
    String area;

    @Option(names = "--from", description = "First calendar year.")
    Integer from;

    @Option(names = "--to", description = "Last calendar year.")
    Integer to;

    Report list(Services services) {
      return listReport(services, area, from, to);
    }
  }

  static Report listReport(Services services, String area, Integer from, Integer to) {
    AreaRegistry areas = services.store().areas();
    AreaCode code = area == null ? null : areas.resolve(area, to).code();
    List<KeyEvent> events = store(services).list(code, from, to);
    List<List<Object>> rows = new ArrayList<>();
    for (KeyEvent event : events) {
      rows.add(Arrays.asList(event.id(), event.area().value(), areas.get(event.area()).nameEn(), event.date().toString(),
          event.type().id(), event.label(), event.judgement(), event.source()));
    }
    return Report.of(List.of("event_id", "area_code", "area_name", "event_date", "event_type", "label", "judgement",
        "source"), rows, List.of(events.size() + " event(s)."));
  }

  static KeyEventStore store(Services services) {
    services.store();
    return new KeyEventStore(services.database());
  }

  static Services services(CommandSpec spec) {
    return ((LacxCommand) spec.root().userObject()).services();
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
      Services services = services(spec);
      LocalDate when;
      try {
        when = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw new UserError("--date '" + date + "' is not a date: write it as YYYY-MM-DD, e.g. 2011-06-30");
      }
      AreaRegistry areas = services.store().areas();
      AreaCode code = areas.resolve(area, when.getYear()).code();
      EventType eventType = EventType.parse(type);
      if (judgement != null && eventType != EventType.INSPECTION) {
        throw new UserError("--judgement belongs to an inspection only (this event's type is " + eventType.id() + ")");
      }
      require("--label", label, KeyEvent.MAX_LABEL);
      require("--source", source, KeyEvent.MAX_SOURCE);
      KeyEvent saved = store(services).save(new KeyEvent(null, code, when, eventType, label.strip(), judgement,
          source.strip()));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("event %d: %s %s%n", saved.id(), areas.get(code).nameEn(), saved.describe());
      out.flush();
      return 0;
    }

    private static void require(String option, String value, int max) {
      if (value.isBlank()) throw new UserError(option + " is empty");
      if (value.strip().length() > max) throw new UserError(option + " is longer than " + max + " characters");
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List events, oldest first.")
  static final class ListEvents extends ReportCommand {
    @Mixin
    Filter filter;

    @Override
    protected Report report(Services services) {
      return filter.list(services);
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
      Services services = services(spec);
      List<KeyEvent> events = new KeyEventReader(services.store().areas()).read(file);
      KeyEventStore.Saved saved = store(services).saveAll(events);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s: %d event(s) added, %d already stored.%n", file, saved.added(), saved.alreadyStored());
      out.flush();
      return 0;
    }
  }
}
