package uk.lacexplorer.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.lacexplorer.i18n.UserError;

/** What kind of key event happened. Stored as its {@link #id()}. */
public enum EventType {
  PRACTICE_REVIEW("serious case review or child practice review published"),
  INSPECTION("inspection (with its judgement)"),
  HEAD_OF_SERVICE("change of head of service or director"),
  PRACTICE_MODEL("new practice model"),
  POLICY("policy change"),
  OTHER("other");

  private final String description;

  EventType(String description) {
    this.description = description;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  public static String ids() {
    return Arrays.stream(values()).map(EventType::id).collect(Collectors.joining(", "));
  }

  /** Parses an id ({@code practice_review}); {@code serious_case_review} and {@code child_practice_review} also mean a review. */
  public static EventType parse(String text) {
    String id = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (id.equals("serious_case_review") || id.equals("child_practice_review")) return PRACTICE_REVIEW;
    for (EventType type : values()) {
      if (type.id().equals(id)) return type;
    }
    throw UserError.of("error.choice.unknown", uk.lacexplorer.i18n.Arg.option("type"),
        uk.lacexplorer.i18n.Choices.shorten(text == null ? "" : text.strip()),
        uk.lacexplorer.i18n.Arg.choice(Arrays.stream(values()).map(EventType::id).toList()));
  }
}
