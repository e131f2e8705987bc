package uk.lacexplorer.cli.episodes;

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

  @Option(names = "--range", paramLabel = "DD/MM/YYYY..DD/MM/YYYY",
      description = "Count flows over this one date range instead of years ending 31 March (stocks on its last day).")
  String range;

  int[] range() {
    if (range == null) return null;
    String[] ends = range.split("\\.\\.");
    Dates dates = Dates.now();
    int from = ends.length == 2 ? dates.parse(ends[0]) : Dates.INVALID;
    int to = ends.length == 2 ? dates.parse(ends[1]) : Dates.INVALID;
    if (!Dates.isDate(from) || !Dates.isDate(to) || to < from) {
      throw uk.lacexplorer.i18n.UserError.of("error.episodes.rangeFormat", uk.lacexplorer.i18n.Arg.option("range"), range);
    }
    return new int[] {from, to};
  }

  EpisodeService.Request request(Set<EpisodeService.Work> work) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new EpisodeService.Request(dir, laCode, fromYear, toYear, work, threads == null ? cores : threads, Dates.now(),
        range());
  }
}
