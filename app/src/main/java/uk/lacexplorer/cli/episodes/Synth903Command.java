package uk.lacexplorer.cli.episodes;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.episodes.synth.Synth903;
import uk.lacexplorer.episodes.synth.SynthParameters;

@Command(name = "synth903", mixinStandardHelpOptions = true,
    description = {"Write a synthetic SSDA903 extract (header, episodes, uasc, missing, ad1, placed_for_adoption) for",
        "tests, demos and benchmarks. With --authorities K above 1: a national extract, one folder per authority.",
        "Periods of care end in a return home within 6 months with probability --home-6m, within 6 to 12 months",
        "with --home-12m, later with --home-late; otherwise by an age-dependent route (adoption, special",
        "guardianship, child arrangements order, other) or at 18. Entrants are aged 0 to 17 (a fifth under 1, a third",
        "10 to 15). Children who went home re-enter with probability --reentry. The same options and seed give the",
        "same files."})
public final class Synth903Command implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--children", required = true, paramLabel = "N", description = "Children to write.")
  int children;

  @Option(names = "--years", required = true, paramLabel = "Y", description = "Collection years covered.")
  int years;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--authorities", defaultValue = "1", paramLabel = "K",
      description = "Authorities (1 to 155; default ${DEFAULT-VALUE}); above 1, one folder per authority code.")
  int authorities;

  @Option(names = "--end-year", defaultValue = "2024", paramLabel = "YEAR",
      description = "Last year ending 31 March (default: ${DEFAULT-VALUE}).")
  int endYear;

  @Option(names = "--home-6m", defaultValue = "0.22", paramLabel = "P",
      description = "Share of periods ending in a return home within 182 days (default: ${DEFAULT-VALUE}).")
  double homeWithin6Months;

  @Option(names = "--home-12m", defaultValue = "0.05", paramLabel = "P",
      description = "Share ending in a return home after 183 to 365 days (default: ${DEFAULT-VALUE}).")
  double homeWithin6To12Months;

  @Option(names = "--home-late", defaultValue = "0.07", paramLabel = "P",
      description = "Share ending in a return home after more than a year (default: ${DEFAULT-VALUE}).")
  double homeAfter12Months;

  @Option(names = "--reentry", defaultValue = "0.25", paramLabel = "P",
      description = "Chance a child who went home comes back into care (default: ${DEFAULT-VALUE}).")
  double reentry;

  @Option(names = "--moves", defaultValue = "0.35", paramLabel = "RATE",
      description = "Placement moves per year in care, doubled in the first year (default: ${DEFAULT-VALUE}).")
  double moves;

  @Option(names = "--threads", paramLabel = "N", description = "Authorities written at once (default: cores).")
  Integer threads;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created).")
  Path out;

  @Override
  public Integer call() {
    SynthParameters defaults = SynthParameters.defaults(children, years, seed, authorities);
    SynthParameters parameters = new SynthParameters(children, years, seed, authorities, endYear,
        defaults.burnInYears(), homeWithin6Months, homeWithin6To12Months, homeAfter12Months, reentry, moves,
        defaults.shortBreakShare());
    long started = System.nanoTime();
    int cores = Runtime.getRuntime().availableProcessors();
    Synth903.Written written = Synth903.write(parameters, out, threads == null ? cores : threads);
    PrintWriter output = spec.commandLine().getOut();
    output.printf("synth903: wrote %,d children and %,d episodes in %d folder(s) under %s (%.1f s).%n",
        written.children(), written.episodes(), written.folders().size(), out, (System.nanoTime() - started) / 1e9);
    output.flush();
    return 0;
  }
}
