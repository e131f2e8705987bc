package uk.lacexplorer.imports.ons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.DistrictSums;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.Rounded;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.UpperTierLookup;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * The age structure of the child population from ONS mid-year estimates by single year of age (the demographr
 * district or upper-tier files): the share (%) of children aged 0–17 who are under 1, 1–4, 5–9, 10–15 and 16–17 —
 * the StatsWales age bands of children looked after. Districts are summed to authorities (and nations) first, then
 * divided, so each share is of the authority's own children.
 */
public final class AgeStructureImporter implements Importer {
  /** Measure id, first and last single year of age of each band. */
  record Band(String measure, int from, int to) {
  }

  static final List<Band> BANDS = List.of(new Band("children_aged_under_1_pct", 0, 0),
      new Band("children_aged_1_4_pct", 1, 4), new Band("children_aged_5_9_pct", 5, 9),
      new Band("children_aged_10_15_pct", 10, 15), new Band("children_aged_16_17_pct", 16, 17));

  @Override
  public String kind() {
    return "ons-age-structure";
  }

  @Override
  public String description() {
    return "Shares of children aged 0-17 under 1, 1-4, 5-9, 10-15 and 16-17, from ONS single-year estimates "
        + "(demographr CSV by district with lookup=, or by upper-tier LA)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    RawTable table = RawTable.read(file, ',', problems);
    Optional<Integer> year = AgeColumns.year(file, context, problems);
    List<Row> rows = table.rows();
    Optional<AgeColumns> ages = rows.isEmpty() ? Optional.empty() : AgeColumns.find(rows.get(0), problems);
    if (year.isEmpty() || ages.isEmpty()) {
      if (problems.isEmpty()) problems.addFile("import.file.empty");
      return problems.result(null, List.of());
    }
    String codeColumn = rows.get(0).stripped(0).toLowerCase(java.util.Locale.ROOT);
    boolean districts = codeColumn.startsWith("ltla") || codeColumn.startsWith("lad");
    if (!districts && !codeColumn.startsWith("utla")) {
      problems.add(1, "1", rows.get(0).stripped(0), "import.demographr.firstColumn");
      return problems.result(null, List.of());
    }
    Optional<UpperTierLookup> lookup = context.pathOption("lookup")
        .map(path -> UpperTierLookup.load(path, context.pathOption("district-changes")));
    DistrictSums children = new DistrictSums(context.areas(), lookup, year.get(), problems);
    // The bands are placed like the total; their placement problems are the total's, so are reported once.
    Problems repeated = new Problems(file);
    List<DistrictSums> bands = new ArrayList<>();
    for (int i = 0; i < BANDS.size(); i++) bands.add(new DistrictSums(context.areas(), lookup, year.get(), repeated));
    for (Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) continue;
      String code = row.stripped(0);
      Optional<Double> total = ages.get().sum(row, problems);
      if (total.isEmpty() || !DistrictSums.inScope(code)) continue;
      add(children, districts, code, total.get(), row.line(), codeColumn);
      for (int i = 0; i < BANDS.size(); i++) {
        Band band = BANDS.get(i);
        double value = ages.get().sum(row, band.from(), band.to(), problems).orElse(0.0);
        add(bands.get(i), districts, code, value, row.line(), codeColumn);
      }
    }
    Source source = new Source("ons_age_structure_" + (districts ? "ltla" : "utla") + "_" + year.get(),
        "ONS mid-" + year.get() + " population estimates by single year of age: age structure of children aged 0-17",
        "Office for National Statistics (via the demographr package)", Source.OGL, "https://www.ons.gov.uk",
        file.getFileName().toString(), table.sha256());
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < BANDS.size(); i++) {
      shares(observations, BANDS.get(i).measure(), bands.get(i).authorities(), children.authorities(), year.get(), source.id());
      shares(observations, BANDS.get(i).measure(), bands.get(i).nations(), children.nations(), year.get(), source.id());
    }
    return problems.result(source, observations);
  }

  private static void add(DistrictSums sums, boolean districts, String code, double value, long line, String column) {
    if (districts) sums.addDistrict(code, value, line, column);
    else sums.addAuthority(code, value, line, column, code);
  }

  private static void shares(List<Observation> out, String measure, Map<AreaCode, Double> band,
                             Map<AreaCode, Double> total, int year, String sourceId) {
    band.forEach((code, value) -> {
      Double children = total.get(code);
      if (children != null && children > 0) {
        out.add(new Observation(code, measure, year, Observation.TOTAL, Rounded.percent(100 * value / children), Set.of(), sourceId));
      }
    });
  }
}
