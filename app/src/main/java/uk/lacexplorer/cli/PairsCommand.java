package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.need.PairService;
import uk.lacexplorer.need.SimilarPair;

@Command(name = "pairs", mixinStandardHelpOptions = true,
    description = {"Similar need, different rates: pairs of authorities where one is among the other's k nearest on",
        "standardised need factors, whose rates differ beyond chance (exact conditional test of two Poisson rates,",
        "Benjamini-Hochberg false discovery rate over all pairs tested), ranked by q. --all shows every pair tested."})
final class PairsCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("higher_code", "higher_name", "lower_code", "lower_name", "need_distance",
      "higher_rate", "lower_rate", "rate_ratio", "ratio_ci95_lower", "ratio_ci95_upper", "p", "q", "differs");

  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Mixin
  NeedOptions need;

  @Option(names = "--k", defaultValue = "5", description = "Pairs are each authority with its k nearest (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--fdr", defaultValue = "0.05", description = "False discovery rate (default: ${DEFAULT-VALUE}).")
  double fdr;

  @Option(names = "--all", description = "Show every pair tested, not only those that differ.")
  boolean all;

  @Override
  protected Report report(Services services) {
    if (!(fdr > 0 && fdr < 1)) throw new uk.lacexplorer.i18n.UserError("--fdr must lie between 0 and 1: " + fdr);
    List<SimilarPair> pairs = new PairService(new NeedTables(services.store(), services.measures()))
        .pairs(need.request(NationScope.parse(nation)), k, fdr);
    List<List<Object>> rows = new ArrayList<>();
    int places = format == OutputFormat.TABLE ? 2 : 4;
    for (SimilarPair pair : pairs) {
      if (!all && !pair.differs()) continue;
      rows.add(Arrays.asList(pair.first().code().value(), pair.first().name(), pair.second().code().value(),
          pair.second().name(), Decimals.of(pair.distance(), places, format),
          Decimals.of(pair.first().ratePer10000(), format == OutputFormat.TABLE ? 1 : 4, format),
          Decimals.of(pair.second().ratePer10000(), format == OutputFormat.TABLE ? 1 : 4, format),
          Decimals.of(pair.rateRatio(), places, format), Decimals.of(pair.lower(), places, format),
          Decimals.of(pair.upper(), places, format), Decimals.p(pair.p(), format), Decimals.p(pair.q(), format),
          pair.differs()));
    }
    long differing = pairs.stream().filter(SimilarPair::differs).count();
    List<String> notes = new ArrayList<>();
    notes.add("%d pairs of similar need tested (each authority with its %d nearest on z-scores of %s); %d differ at a false discovery rate of %s."
        .formatted(pairs.size(), k, String.join(", ", need.covariates), differing, Decimals.text(fdr, 2)));
    notes.add("Counts are rounded to whole children for the exact test. Rates per 10,000.");
    return Report.of(COLUMNS, rows, notes);
  }
}
