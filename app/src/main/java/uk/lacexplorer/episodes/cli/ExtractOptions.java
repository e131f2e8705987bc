package uk.lacexplorer.episodes.cli;

import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Option;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.parse.Dates;

/** Options shared by the commands that read an SSDA903 folder. */
final class ExtractOptions {
  @Option(names = "--dir", required = true, paramLabel = "DIR",
      description = "Folder of one authority's tables (header.csv, episodes.csv, …), or a folder of such folders.")
  Path dir;

  @Option(names = "--la", paramLabel = "CODE",
      description = "Authority code of a single-authority folder (default: the folder name).")
  String laCode;

  @Option(names = "--from", paramLabel = "YEAR", description = "First year ending 31 March (default: inferred).")
  Integer fromYear;

  @Option(names = "--to", paramLabel = "YEAR", description = "Last year ending 31 March (default: inferred).")
  Integer toYear;

  @Option(names = "--threads", paramLabel = "N", description = "Authorities processed at once (default: cores).")
  Integer threads;

  EpisodeService.Request request(Set<EpisodeService.Work> work) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new EpisodeService.Request(dir, laCode, fromYear, toYear, work, threads == null ? cores : threads, Dates.now());
  }
}
