package uk.lacexplorer.events;

import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/** Which key events to list: one authority's (a name or code, as typed) or all, between calendar years when given. */
public record EventsRequest(String area, Integer from, Integer to) {
  public EventsRequest {
    area = area == null || area.isBlank() ? null : area.strip();
    if (from != null && to != null && from > to) {
      throw UserError.of("error.events.order", Arg.option("from"), from, Arg.option("to"), to);
    }
  }
}
