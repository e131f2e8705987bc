package uk.lacexplorer.web;

/**
 * One line of a GOV.UK error summary.
 *
 * @param text what is wrong, already in the user's language
 * @param href the field it concerns ({@code #id}), or null
 */
public record ErrorItem(String text, String href) {

  /** The text of the error about the field {@code id} (the summary's link {@code #id}), or null when it has none. */
  public static String forField(java.util.List<ErrorItem> errors, String id) {
    if (errors == null) return null;
    for (ErrorItem error : errors) {
      if (("#" + id).equals(error.href())) return error.text();
    }
    return null;
  }

  /** The GOV.UK form group's classes: with {@code govuk-form-group--error} when the field {@code id} has an error. */
  public static String groupClass(java.util.List<ErrorItem> errors, String id) {
    return hasField(errors, id) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
  }

  /** Whether the field {@code id} has an error (for the form group's and the control's error classes). */
  public static boolean hasField(java.util.List<ErrorItem> errors, String id) {
    return forField(errors, id) != null;
  }
}
