package uk.lacexplorer.imports.census;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.DistrictSums;
import uk.lacexplorer.imports.read.LookupFiles;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.Rounded;
import uk.lacexplorer.imports.read.UpperTierLookup;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * Census 2021 households by deprivation dimensions (TS011: education, employment, health and housing), by LSOA 2021
 * ({@code lsoa21_code, households_number_deprivation_dimensions, count}): the LSOAs are placed in districts with
 * {@code lsoa-lookup=} (a table with {@code lsoa21_code} and a district code, e.g. lookup_lsoa11_lsoa21_ltla22.csv),
 * the districts in authorities with {@code lookup=}, and the counts summed before the share (%) of households deprived
 * in 0, 1, 2, 3 and 4 dimensions is taken. The same definition on both sides of the border.
 */
public final class HouseholdDeprivationImporter implements Importer {
  public static final int YEAR = 2021;

  public static String measure(int dimensions) {
    return "households_deprived_" + dimensions + "_dimensions_pct";
  }

  @Override
  public String kind() {
    return "census21-household-deprivation";
  }

  @Override
  public String description() {
    return "Census 2021 households by number of deprivation dimensions (0-4), LSOA 2021, to authority shares (lsoa-lookup=, lookup=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Path lsoaLookup = context.pathOption("lsoa-lookup").orElseThrow(() -> UserError.of("error.import.censusLsoaLookup", kind()));
    List<Map<String, String>> lookupRows = LookupFiles.read(lsoaLookup);
    if (!lookupRows.get(0).containsKey("lsoa21_code")) throw UserError.of("error.import.lsoaColumn", lsoaLookup, "lsoa21_code");
    String districtColumn = LookupFiles.column(lsoaLookup, lookupRows, "ltla", "lad");
    Map<String, String> districtOf = new HashMap<>();
    for (Map<String, String> row : lookupRows) districtOf.putIfAbsent(row.get("lsoa21_code"), row.get(districtColumn));

    Problems problems = new Problems(file);
    RawTable table = RawTable.read(file, ',', problems);
    List<Row> rows = table.rows();
    if (rows.isEmpty() || !rows.get(0).stripped(0).equals("lsoa21_code") || rows.get(0).size() < 3) {
      problems.add(1, "1", rows.isEmpty() ? "" : rows.get(0).stripped(0), "import.census.deprivationColumns");
      return problems.result(null, List.of());
    }
    Optional<UpperTierLookup> lookup = context.pathOption("lookup")
        .map(path -> UpperTierLookup.load(path, context.pathOption("district-changes")));
    DistrictSums all = new DistrictSums(context.areas(), lookup, YEAR, problems);
    Problems repeated = new Problems(file);
    List<DistrictSums> byDimensions = new ArrayList<>();
    for (int d = 0; d <= 4; d++) byDimensions.add(new DistrictSums(context.areas(), lookup, YEAR, repeated));
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) continue;
      String lsoa = row.stripped(0);
      if (!DistrictSums.inScope(lsoa)) continue;
      Optional<Double> dimensions = Cells.number(row.field(1), row.line(), "households_number_deprivation_dimensions", problems);
      Optional<Double> count = Cells.number(row.field(2), row.line(), "count", problems);
      if (dimensions.isEmpty() || count.isEmpty()) continue;
      double d = dimensions.get();
      if (d < 0 || d > 4 || d != Math.floor(d)) {
        problems.add(row.line(), "households_number_deprivation_dimensions", row.stripped(1), "import.census.dimensions");
        continue;
      }
      if (count.get() < 0) {
        problems.add(row.line(), "count", row.stripped(2), "import.cell.negativeCount");
        continue;
      }
      if (seen.merge(lsoa + "/" + (int) d, 1, Integer::sum) > 1) {
        problems.add(row.line(), "lsoa21_code", lsoa, "import.census.lsoaTwice", lsoa, (int) d);
        continue;
      }
      String district = districtOf.get(lsoa);
      if (district == null) {
        problems.add(row.line(), "lsoa21_code", lsoa, "import.lsoa.notInLookup", lsoaLookup.getFileName());
        continue;
      }
      all.addDistrict(district, count.get(), row.line(), "lsoa21_code");
      byDimensions.get((int) d).addDistrict(district, count.get(), row.line(), "lsoa21_code");
    }
    Source source = new Source("census21_household_deprivation",
        "Census 2021: households by deprivation dimensions (TS011), LSOA 2021",
        "Office for National Statistics (via the humaniverse/IMD package)", Source.OGL, "https://www.ons.gov.uk/census",
        file.getFileName().toString(), table.sha256());
    List<Observation> observations = new ArrayList<>();
    for (int d = 0; d <= 4; d++) {
      shares(observations, measure(d), byDimensions.get(d).authorities(), all.authorities(), source.id());
      shares(observations, measure(d), byDimensions.get(d).nations(), all.nations(), source.id());
    }
    return problems.result(source, observations);
  }

  private static void shares(List<Observation> out, String measure, Map<AreaCode, Double> part,
                             Map<AreaCode, Double> total, String sourceId) {
    total.forEach((code, households) -> {
      if (households > 0) {
        out.add(new Observation(code, measure, YEAR, Observation.TOTAL,
            Rounded.percent(100 * part.getOrDefault(code, 0.0) / households), Set.of(), sourceId));
      }
    });
  }
}
