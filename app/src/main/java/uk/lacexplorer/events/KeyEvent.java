package uk.lacexplorer.events;

import java.time.LocalDate;
import java.util.Objects;
import uk.lacexplorer.area.AreaCode;

/**
 * A dated event in an authority's children's services.
 *
 * @param id the stored row's id, or null before it is stored
 * @param judgement an inspection's judgement (e.g. "requires improvement"), or null
 * @param source where it is documented (a report title or URL)
 */
public record KeyEvent(Long id, AreaCode area, LocalDate date, EventType type, String label, String judgement,
                       String source) {
  public static final int MAX_LABEL = 500;
  public static final int MAX_JUDGEMENT = 100;
  public static final int MAX_SOURCE = 1000;

  public KeyEvent {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(source, "source");
    judgement = judgement == null || judgement.isBlank() ? null : judgement.strip();
  }

  public KeyEvent withId(long newId) {
    return new KeyEvent(newId, area, date, type, label, judgement, source);
  }

  /** The event in words: "2011-06-30 inspection (inadequate): Ofsted inspection of services". */
  public String describe() {
    return date + " " + type.id() + (judgement == null ? "" : " (" + judgement + ")") + ": " + label;
  }
}
