package uk.lacexplorer.need;

import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Nation;

/** Which authorities an analysis covers: one nation's, or both nations' together. */
public enum NationScope {
  WALES(List.of(Nation.WALES)),
  ENGLAND(List.of(Nation.ENGLAND)),
  BOTH(List.of(Nation.WALES, Nation.ENGLAND));

  private final List<Nation> nations;

  NationScope(List<Nation> nations) {
    this.nations = nations;
  }

  public List<Nation> nations() {
    return nations;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static NationScope of(Nation nation) {
    return nation == Nation.ENGLAND ? ENGLAND : WALES;
  }

  /** {@code wales}, {@code england} or {@code both} as typed for the {@code nation} option; null gives {@code fallback}. */
  public static NationScope parse(String text, NationScope fallback) {
    return uk.lacexplorer.i18n.Choices.parse("nation", text, NationScope.class, fallback);
  }

  public static NationScope parse(String text) {
    return parse(text, null);
  }
}
