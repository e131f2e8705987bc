package uk.lacexplorer.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;

/** An event to add, as typed: area (name or code), date, type, label, source and an inspection's judgement. */
public record NewEvent(String area, LocalDate date, EventType type, String label, String source, String judgement) {
  public NewEvent {
    if (area == null || area.isBlank()) throw UserError.of("error.option.required", Arg.option("area"));
    label = text("label", label, KeyEvent.MAX_LABEL);
    source = text("source", source, KeyEvent.MAX_SOURCE);
    judgement = judgement == null || judgement.isBlank() ? null : text("judgement", judgement, KeyEvent.MAX_JUDGEMENT);
    if (judgement != null && type != EventType.INSPECTION) {
      throw UserError.of("error.events.judgementNotInspection", Arg.option("judgement"), type.id());
    }
  }

  /** The event as typed on the command line or in a form. */
  public static NewEvent parse(String area, String date, String type, String label, String source, String judgement) {
    LocalDate when;
    try {
      when = LocalDate.parse(date == null ? "" : date.strip());
    } catch (DateTimeParseException e) {
      throw UserError.of("error.events.date", Arg.option("date"), Choices.shorten(String.valueOf(date)));
    }
    return new NewEvent(area, when, EventType.parse(type), label, source, judgement);
  }

  private static String text(String option, String value, int max) {
    if (value == null || value.isBlank()) throw UserError.of("error.events.empty", Arg.option(option));
    if (value.strip().length() > max) throw UserError.of("error.events.tooLong", Arg.option(option), max);
    return value.strip();
  }
}
