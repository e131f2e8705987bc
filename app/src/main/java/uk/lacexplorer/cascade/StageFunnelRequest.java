package uk.lacexplorer.cascade;

import java.util.List;
import java.util.Objects;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.funnel.Overdispersion;

/**
 * One stage of the cascade across the authorities of a nation in one year: its conversion from the stage before
 * (per 100, binomial limits) where it has one, else its rate per 10,000 (exact Poisson limits), with the overdispersion
 * adjustment of {@code ./lacx funnel} ({@code none} or {@code multiplicative}; additive too for rates).
 */
public record StageFunnelRequest(Nation nation, int year, Stage stage, Overdispersion overdispersion) {
  public StageFunnelRequest {
    Objects.requireNonNull(nation, "nation");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(overdispersion, "overdispersion");
    if (year < 2000 || year > 2035) throw UserError.of("error.cascade.year", year);
  }

  /** As typed; {@code nation}, {@code year} and {@code stage} are required. */
  public static StageFunnelRequest parse(String nation, String year, String stage, String overdispersion) {
    Nation chosen = Choices.parse("nation", nation, List.of(Nation.WALES, Nation.ENGLAND), Nation::id, null);
    if (chosen == null) throw UserError.of("error.option.required", Arg.option("nation"));
    Integer when = Choices.integer("year", year, null);
    if (when == null) throw UserError.of("error.option.required", Arg.option("year"));
    List<Stage> counted = Stage.ALL.stream().filter(Stage::counted).toList();
    Stage found = counted.stream().filter(s -> s.measure().equals(stage == null ? "" : stage.strip())).findFirst()
        .orElseThrow(() -> UserError.of("error.cascade.stage", stage == null ? "" : stage.strip(),
            String.join(", ", counted.stream().map(Stage::measure).toList())));
    return new StageFunnelRequest(chosen, when, found,
        Choices.parse("overdispersion", overdispersion, Overdispersion.class, Overdispersion.NONE));
  }
}
