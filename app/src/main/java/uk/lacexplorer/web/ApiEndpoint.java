package uk.lacexplorer.web;

import java.util.List;
import java.util.function.Function;
import uk.lacexplorer.output.Output;

/**
 * One read-only answer of the JSON API, {@code GET /api/v1/NAME}: the parameters it accepts (the command line's
 * option names without dashes) and how it answers, which is always: parameters → the analysis' request → its
 * service → its mapper. {@link AnalysisApi} serves it as JSON or CSV and as a CSV download with provenance.
 *
 * @param command the command line that answers the same ({@code funnel}, {@code events list}), for the index and
 *     the provenance lines of downloads
 */
public record ApiEndpoint(String name, String command, List<String> parameters, Function<Params, Output> answer) {
  public ApiEndpoint {
    parameters = List.copyOf(parameters);
    if (!name.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("endpoint name " + name);
  }

  public static ApiEndpoint of(String name, List<String> parameters, Function<Params, Output> answer) {
    return new ApiEndpoint(name, name, parameters, answer);
  }
}
