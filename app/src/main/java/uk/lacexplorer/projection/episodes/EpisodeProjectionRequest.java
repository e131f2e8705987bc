package uk.lacexplorer.projection.episodes;

import java.nio.file.Path;
import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.projection.Scenario;

/**
 * A projection from one authority's SSDA903 extract (the folder holding its {@code episodes.csv} and
 * {@code header.csv}): {@code months} ahead, rates measured on the {@code window} months before the extract's last
 * date, with an optional scenario (entry and exit changes; the neighbours' median and the cascade need published
 * data, not episodes). With {@code entryBand} (under_1, 1_4, 5_9, 10_15, 16_17) the entry change applies to children
 * entering in that age band only.
 */
public record EpisodeProjectionRequest(Path folder, int months, int window, Scenario scenario, String entryBand) {
  public static final int DEFAULT_WINDOW = 24;

  public EpisodeProjectionRequest(Path folder, int months, int window, Scenario scenario) {
    this(folder, months, window, scenario, null);
  }

  public EpisodeProjectionRequest {
    if (folder == null) throw UserError.of("error.option.required", Arg.option("episodes"));
    if (months < 1 || months > 120) throw UserError.of("error.projection.months", months);
    if (window < 3 || window > 120) throw UserError.of("error.projection.window", window);
    Objects.requireNonNull(scenario, "scenario");
    if (scenario.match() != Scenario.Match.NONE) throw UserError.of("error.projection.matchEpisodes");
    if (scenario.changesStage()) throw UserError.of("error.projection.stageEpisodes");
    entryBand = entryBand == null || entryBand.isBlank() ? null : entryBand.strip().replace('-', '_');
    if (entryBand != null && !CareStates.BANDS.contains(entryBand)) {
      throw UserError.of("error.projection.band", entryBand, String.join(", ", CareStates.BANDS));
    }
  }
}
