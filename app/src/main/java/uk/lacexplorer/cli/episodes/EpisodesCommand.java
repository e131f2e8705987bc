package uk.lacexplorer.cli.episodes;

import picocli.CommandLine.Command;

/** {@code ./lacx episodes SUBCOMMAND}: child-level SSDA903 episodes. */
@Command(name = "episodes", mixinStandardHelpOptions = true,
    description = {"Child-level SSDA903 episodes: validate, summarise into yearly flows, time in care, import.",
        "A folder holds one authority's tables (header.csv, episodes.csv and optionally reviews.csv, missing.csv,",
        "oc2.csv, oc3.csv, ad1.csv, placed_for_adoption.csv, previous_permanence.csv, uasc.csv); a folder of such",
        "folders is a national extract, one folder per authority named by its code."},
    subcommands = {EpisodesRulesCommand.class, EpisodesValidateCommand.class, EpisodesSummaryCommand.class,
        EpisodesSurvivalCommand.class, EpisodesImportCommand.class})
public final class EpisodesCommand {
}
