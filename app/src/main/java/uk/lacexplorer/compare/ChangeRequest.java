package uk.lacexplorer.compare;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/** The change in each authority's rate from the year of {@code from} to {@code toYear}, which must be later. */
public record ChangeRequest(CountRequest from, int toYear) {
  public ChangeRequest {
    Objects.requireNonNull(from, "from");
    if (toYear <= from.year()) {
      throw UserError.of("error.change.order", Arg.option("to"), toYear, Arg.option("from"), from.year());
    }
  }
}
