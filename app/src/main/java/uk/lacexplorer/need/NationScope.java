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

  public static NationScope parse(String text) {
    if (text != null && text.strip().equalsIgnoreCase("both")) return BOTH;
    try {
      return of(Nation.parse(text));
    } catch (UserError e) {
      throw new UserError("unknown nation '" + text + "': use wales, england or both");
    }
  }
}
