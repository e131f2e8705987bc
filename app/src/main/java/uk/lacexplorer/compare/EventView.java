package uk.lacexplorer.compare;

import java.util.List;
import uk.lacexplorer.events.KeyEvent;

/** A key event as the reports show it. */
public record EventView(String date, String type, String label, String judgement, String source) {
  public static EventView of(KeyEvent event) {
    return new EventView(event.date().toString(), event.type().id(), event.label(), event.judgement(), event.source());
  }

  public static List<EventView> of(List<KeyEvent> events) {
    return events.stream().map(EventView::of).toList();
  }

  public String describe() {
    return date + " " + type + (judgement == null ? "" : " (" + judgement + ")") + ": " + label;
  }
}
