package uk.lacexplorer.need;

import java.util.Locale;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.glm.Family;

/** The model family as typed: {@code poisson} or {@code negbin}. */
public enum ModelFamily {
  POISSON(Family.POISSON), NEGBIN(Family.NEGATIVE_BINOMIAL);

  private final Family family;

  ModelFamily(Family family) {
    this.family = family;
  }

  public Family family() {
    return family;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ModelFamily parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UserError("unknown family '" + text + "': use poisson or negbin");
    }
  }
}
