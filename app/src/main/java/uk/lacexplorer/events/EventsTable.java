package uk.lacexplorer.events;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of the key events listed. */
public final class EventsTable {
  public static final List<Column> COLUMNS = List.of(Column.whole("event_id"), Column.text("area_code"),
      Column.text("area_name"), Column.text("event_date"), Column.text("event_type"), Column.text("label"),
      Column.text("judgement"), Column.text("source"));

  private EventsTable() {
  }

  public static Output output(EventService.Events found, AreaRegistry areas) {
    List<List<Object>> rows = new ArrayList<>();
    for (KeyEvent event : found.events()) {
      rows.add(Output.row(event.id(), event.area().value(), areas.get(event.area()).nameEn(), event.date().toString(),
          event.type().id(), event.label(), event.judgement(), event.source()));
    }
    return Output.of(COLUMNS, rows, List.of(found.events().size() + " event(s)."));
  }
}
