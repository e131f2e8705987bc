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

  /** {@code poisson} or {@code negbin} as typed for the {@code family} option; null gives {@code fallback}. */
  public static ModelFamily parse(String text, ModelFamily fallback) {
    return uk.lacexplorer.i18n.Choices.parse("family", text, ModelFamily.class, fallback);
  }
}
