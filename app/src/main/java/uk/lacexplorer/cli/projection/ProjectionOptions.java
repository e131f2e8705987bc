package uk.lacexplorer.cli.projection;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import uk.lacexplorer.projection.ProjectionRequest;
import uk.lacexplorer.projection.Scenario;

/** The options of a projection, shared by {@code ./lacx project} and {@code ./lacx commission}. */
public final class ProjectionOptions {
  @Option(names = "--area", description = "Authority name or code.")
  String area;

  @Option(names = "--horizon", description = "Years to project, 1-10 (default 5).")
  String horizon;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = {"Lines 'entry_rate_change_pct = x', 'exit_change_pct = y' (percent changes), 'match_neighbours =",
          "entry|exit|both', 'step_down_pct = z', 'stage = referrals' with 'stage_change_pct = w'."})
  Path scenario;

  @Option(names = "--entry-change", paramLabel = "PCT", description = "Entry rate change in percent (instead of a file).")
  String entryChange;

  @Option(names = "--exit-change", paramLabel = "PCT", description = "Exit probability change in percent.")
  String exitChange;

  @Option(names = "--match-neighbours", paramLabel = "entry|exit|both",
      description = "Take the median entry rate, exit probability or both of the authority's need-based neighbours.")
  String matchNeighbours;

  @Option(names = "--step-down", paramLabel = "PCT",
      description = "Percent of children in residential placements placed in foster care instead (placements only).")
  String stepDown;

  @Option(names = "--stage", paramLabel = "STAGE",
      description = "An earlier stage of the cascade to change: referrals, section47_enquiries, "
          + "initial_child_protection_conferences or child_protection_plans_started.")
  String stage;

  @Option(names = "--stage-change", paramLabel = "PCT",
      description = "Percent change at --stage, carried through the measured conversions to the starts in care.")
  String stageChange;

  /** The projection these options ask for (a scenario file, else the changes given, else none). */
  public ProjectionRequest request() {
    return ProjectionRequest.parse(area, horizon, scenario());
  }

  /** The scenario: a file, else the changes given, else none. */
  public Scenario scenario() {
    return scenario != null ? Scenario.read(scenario) : Scenario.fields(entryChange, exitChange, matchNeighbours, stepDown, stage,
        stageChange);
  }

  /** {@code --horizon} as a number of years, or null when not given (a bad value is refused as the projection does). */
  public Integer horizonYears() {
    return horizon == null || horizon.isBlank() ? null : ProjectionRequest.parse("-", horizon, Scenario.NONE).horizon();
  }
}
