package uk.lacexplorer.web.selfeval;

import java.util.List;
import uk.lacexplorer.web.ErrorItem;

/** The error for one form field (whose summary link is {@code #id}), for GOV.UK inline error messages. */
public final class FieldErrors {
  private FieldErrors() {
  }

  /** The error text for the field, or null when it has none. */
  public static String of(List<ErrorItem> errors, String id) {
    return errors.stream().filter(error -> ("#" + id).equals(error.href())).map(ErrorItem::text).findFirst().orElse(null);
  }

  public static String groupClass(List<ErrorItem> errors, String id) {
    return of(errors, id) == null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";
  }
}
