package uk.lacexplorer.web.compare;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.measure.Measure;

/**
 * What the Compare page was asked for and can offer: nation(s), year, the funnel's overdispersion adjustment, the
 * need factor on the scatter's x axis, the need factors of the model, pairs and clusters, and the model family.
 */
public record CompareChoices(String nation, Integer year, String x, List<String> covariates, String family,
                             String overdispersion, List<Integer> years, List<Measure> factors,
                             Integer covariateYear, boolean skipMissing, Integer changeFrom) {
  public static final List<String> OVERDISPERSION = List.of("auto", "none", "multiplicative", "additive");

  /** The measure on the scatter's x axis. */
  public Measure xMeasure() {
    return factors.stream().filter(factor -> factor.id().equals(x)).findFirst().orElseThrow();
  }

  public boolean chosen(Measure measure) {
    return covariates.contains(measure.id());
  }

  private List<uk.lacexplorer.area.Nation> nations() {
    return uk.lacexplorer.compare.CountRequest.parseNations(nation);
  }

  uk.lacexplorer.compare.FunnelRequest funnelRequest() {
    return uk.lacexplorer.compare.FunnelRequest.parse(uk.lacexplorer.compare.CountRequest.parse(nation,
        String.valueOf(year), null, null, null), null, overdispersion, null, false);
  }

  uk.lacexplorer.need.ScatterRequest scatterRequest() {
    return uk.lacexplorer.need.ScatterRequest.parse(nation, String.valueOf(year), x, null, covariateYear == null ? null : String.valueOf(covariateYear), skipMissing);
  }

  /** Change against change from {@code changeFrom} to the chosen year, against the scatter's factor. */
  uk.lacexplorer.need.ChangesRequest changesRequest() {
    return new uk.lacexplorer.need.ChangesRequest(new uk.lacexplorer.compare.ChangeRequest(
        uk.lacexplorer.compare.CountRequest.parse(nation, String.valueOf(changeFrom), null, null, null), year),
        new uk.lacexplorer.measure.MeasureId(x));
  }

  uk.lacexplorer.need.NeedRequest need() {
    return new uk.lacexplorer.need.NeedRequest(uk.lacexplorer.need.NationScope.parse(nation), year,
        uk.lacexplorer.need.NeedRequest.LOOKED_AFTER,
        covariates.stream().map(c -> uk.lacexplorer.measure.MeasureId.parse("covariates", c, null)).toList(), covariateYear, skipMissing);
  }

  uk.lacexplorer.need.ModelRequest modelRequest() {
    return new uk.lacexplorer.need.ModelRequest(need(), uk.lacexplorer.need.ModelFamily.parse(family,
        uk.lacexplorer.need.ModelFamily.NEGBIN), false, uk.lacexplorer.stats.funnel.FunnelOptions.defaults());
  }

  uk.lacexplorer.need.PairsRequest pairsRequest() {
    return new uk.lacexplorer.need.PairsRequest(need(), 5, uk.lacexplorer.need.PairsRequest.DEFAULT_FDR, false);
  }

  uk.lacexplorer.need.ClustersRequest clustersRequest() {
    return uk.lacexplorer.need.ClustersRequest.parse(need(), null, null, null);
  }

  /** Parameters of the API answers for these choices (names as on the command line). */
  Map<String, List<String>> scatter() {
    java.util.Map<String, List<String>> params = new java.util.TreeMap<>(
        Map.of("x", List.of(x), "year", List.of(String.valueOf(year)), "nation", List.of(nation)));
    needOptions(params);
    return params;
  }

  private void needOptions(Map<String, List<String>> params) {
    if (covariateYear != null) params.put("covariate-year", List.of(String.valueOf(covariateYear)));
    if (skipMissing) params.put("skip-missing", List.of("true"));
  }

  /** The Compare page's own parameters for these choices, with {@code changes} (name, value; an empty value drops it). */
  public Map<String, String> pageParams(String... changes) {
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("nation", nation);
    if (year != null) params.put("year", String.valueOf(year));
    if (x != null) params.put("x", x);
    params.put("covariates", String.join(",", covariates));
    params.put("family", family);
    params.put("overdispersion", overdispersion);
    if (covariateYear != null) params.put("covariate-year", String.valueOf(covariateYear));
    if (skipMissing) params.put("skip-missing", "true");
    if (changeFrom != null) params.put("from", String.valueOf(changeFrom));
    for (int i = 0; i + 1 < changes.length; i += 2) {
      if (changes[i + 1].isEmpty()) params.remove(changes[i]);
      else params.put(changes[i], changes[i + 1]);
    }
    return params;
  }

  /** A need factor's name in the page's language (its id when it is not offered). */
  public String factorName(uk.lacexplorer.web.Page page, String id) {
    return factors.stream().filter(factor -> factor.id().equals(id)).findFirst().map(page::name).orElse(id);
  }

  /** The need factors other than {@code factor}, comma-separated. */
  public String without(String factor) {
    return String.join(",", covariates.stream().filter(each -> !each.equals(factor)).toList());
  }

  Map<String, List<String>> funnel() {
    return Map.of("nation", List.of(nation), "year", List.of(String.valueOf(year)), "overdispersion", List.of(overdispersion));
  }

  Map<String, List<String>> withCovariates(String... extra) {
    java.util.Map<String, List<String>> params = new java.util.TreeMap<>();
    params.put("nation", List.of(nation));
    params.put("year", List.of(String.valueOf(year)));
    params.put("covariates", List.of(String.join(",", covariates)));
    for (int i = 0; i + 1 < extra.length; i += 2) params.put(extra[i], List.of(extra[i + 1]));
    needOptions(params);
    return params;
  }

  /** The query string of an API call for these choices. */
  public String query(String command) {
    Map<String, List<String>> params = switch (command) {
      case "scatter" -> scatter();
      case "funnel" -> funnel();
      case "changes" -> Map.of("nation", List.of(nation), "from", List.of(String.valueOf(changeFrom)),
          "to", List.of(String.valueOf(year)), "x", List.of(x));
      case "model" -> withCovariates("family", family);
      default -> withCovariates();
    };
    StringBuilder query = new StringBuilder();
    new java.util.TreeMap<>(params).forEach((name, values) -> values.forEach(value -> query.append(query.length() == 0 ? "" : "&")
        .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
    return query.toString();
  }
}
