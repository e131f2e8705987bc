package uk.lacexplorer.need;

import java.util.List;
import java.util.Locale;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.peers.Metric;
import uk.lacexplorer.stats.peers.Standardised;

/** The distance for neighbours as typed: euclidean (default), weighted (with --weights) or mahalanobis. */
public record MetricChoice(String name, List<Double> weights) {

  /** The distance and weights as typed ({@code distance}, {@code weights} comma-separated); null means euclidean. */
  public static MetricChoice parse(String text, String weights) {
    List<Double> values = new java.util.ArrayList<>();
    if (weights != null && !weights.isBlank()) {
      for (String part : weights.split(",")) {
        try {
          values.add(Double.valueOf(part.strip()));
        } catch (NumberFormatException e) {
          throw UserError.of("error.need.weightsBad", uk.lacexplorer.i18n.Arg.option("weights"),
              uk.lacexplorer.i18n.Choices.shorten(part.strip()));
        }
      }
    }
    return parse(text, values);
  }

  public static MetricChoice parse(String text, List<Double> weights) {
    String name = uk.lacexplorer.i18n.Choices.parse("distance", text, List.of("euclidean", "weighted", "mahalanobis"),
        choice -> choice, "euclidean");
    if (weights != null && !weights.isEmpty() && !name.equals("weighted")) name = "weighted";
    if (name.equals("weighted") && (weights == null || weights.isEmpty())) {
      throw UserError.of("error.need.weightsNeeded", uk.lacexplorer.i18n.Arg.option("weights"));
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
          throw UserError.of("error.need.mahalanobis", e.getMessage());
        }
      }
      case "weighted" -> {
        if (weights.size() != data.covariates()) {
          throw UserError.of("error.need.weightsCount", weights.size(), data.covariates());
        }
        try {
          yield Metric.weighted(weights.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
          throw UserError.of("error.need.weightsBad", uk.lacexplorer.i18n.Arg.option("weights"), e.getMessage());
        }
      }
      default -> Metric.euclidean();
    };
  }
}
