package uk.lacexplorer.events;

import java.nio.file.Path;
import java.util.List;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;

/** Key events: listing, adding one, importing a file (all or nothing). Thread-safe. */
public final class EventService {
  private final KeyEventStore store;
  private final AreaRegistry areas;

  public EventService(KeyEventStore store, AreaRegistry areas) {
    this.store = store;
    this.areas = areas;
  }

  /** The events asked for, oldest first. */
  public Events run(EventsRequest request) {
    AreaCode code = request.area() == null ? null : areas.resolve(request.area(), request.to()).code();
    return new Events(request, store.list(code, request.from(), request.to()));
  }

  /** Adds the event (or finds it already stored) and returns it with its id. */
  public KeyEvent add(NewEvent event) {
    AreaCode code = areas.resolve(event.area(), event.date().getYear()).code();
    return store.save(new KeyEvent(null, code, event.date(), event.type(), event.label(), event.judgement(),
        event.source()));
  }

  /** Imports every event of the file, or none when one is wrong. */
  public KeyEventStore.Saved importFile(Path file) {
    List<KeyEvent> events = new KeyEventReader(areas).read(file);
    return store.saveAll(events);
  }

  public AreaRegistry areas() {
    return areas;
  }

  /** The events found, with the request that found them. */
  public record Events(EventsRequest request, List<KeyEvent> events) {
    public Events {
      events = List.copyOf(events);
    }
  }
}
