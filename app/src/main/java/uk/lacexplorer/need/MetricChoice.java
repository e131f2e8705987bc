package uk.lacexplorer.need;

import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.peers.Metric;
import uk.lacexplorer.stats.peers.Standardised;

/** The distance for neighbours as typed: euclidean (default), weighted (with --weights) or mahalanobis. */
public record MetricChoice(String name, List<Double> weights) {

  public static MetricChoice parse(String text, List<Double> weights) {
    String name = text == null ? "euclidean" : text.strip().toLowerCase(Locale.ROOT);
    if (!List.of("euclidean", "weighted", "mahalanobis").contains(name)) {
      throw new UserError("unknown distance '" + text + "': use euclidean, weighted or mahalanobis");
    }
    if (weights != null && !weights.isEmpty() && !name.equals("weighted")) name = "weighted";
    if (name.equals("weighted") && (weights == null || weights.isEmpty())) {
      throw new UserError("a weighted distance needs --weights, one per covariate, e.g. --weights 2,1,1");
    }
    return new MetricChoice(name, weights == null ? List.of() : List.copyOf(weights));
  }

  public static MetricChoice euclidean() {
    return new MetricChoice("euclidean", List.of());
  }

  public Metric metric(Standardised data) {
    return switch (name) {
      case "mahalanobis" -> {
        try {
          yield Metric.mahalanobis(data);
        } catch (IllegalArgumentException e) {
          throw new UserError(e.getMessage() + ": use the euclidean distance or fewer covariates");
        }
      }
      case "weighted" -> {
        if (weights.size() != data.covariates()) {
          throw new UserError("%d weights for %d covariates: give one weight per covariate".formatted(weights.size(), data.covariates()));
        }
        try {
          yield Metric.weighted(weights.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
          throw new UserError("bad --weights: " + e.getMessage());
        }
      }
      default -> Metric.euclidean();
    };
  }
}
