package uk.lacexplorer.imports.ons;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.DistrictSums;
import uk.lacexplorer.imports.read.FormerDistricts;
import uk.lacexplorer.imports.read.LookupFiles;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.UpperTierLookup;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * ONS small-area (LSOA 2011) mid-year estimates by single year of age: ages 0–17 summed to districts with
 * {@code lsoa-lookup=} (lookup_lsoa11_ltla21.csv), then to upper-tier authorities with {@code lookup=}. Before 2019
 * the LSOAs of Bournemouth, Poole and Dorset county are placed by the district their 2011 name starts with.
 */
public final class LsoaPopulationImporter implements Importer {
  @Override
  public String kind() {
    return "ons-lsoa-population";
  }

  @Override
  public String description() {
    return "ONS small-area (LSOA 2011) mid-year estimates by single year of age (lsoa-lookup=, lookup=, year=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    Path lsoaLookup = context.pathOption("lsoa-lookup").orElseThrow(() -> UserError.of(
        "error.import.lsoaPopulationLookup"));
    Map<String, String> districtOf = new HashMap<>();
    List<Map<String, String>> lookupRows = LookupFiles.read(lsoaLookup);
    String lsoaColumn = LookupFiles.column(lsoaLookup, lookupRows, "lsoa");
    String districtColumn = LookupFiles.column(lsoaLookup, lookupRows, "ltla", "lad");
    for (Map<String, String> row : lookupRows) districtOf.put(row.get(lsoaColumn), row.get(districtColumn));

    RawTable table = RawTable.read(file, ',', problems);
    Optional<Integer> year = AgeColumns.year(file, context, problems);
    List<Row> rows = table.rows();
    Optional<AgeColumns> ages = rows.isEmpty() ? Optional.empty() : AgeColumns.find(rows.get(0), problems);
    if (year.isEmpty() || ages.isEmpty()) return problems.result(null, List.of());
    Optional<UpperTierLookup> lookup = context.pathOption("lookup")
        .map(path -> UpperTierLookup.load(path, context.pathOption("district-changes")));
    DistrictSums sums = new DistrictSums(context.areas(), lookup, year.get(), problems);
    for (Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) continue;
      String lsoa = row.stripped(0);
      Optional<Double> value = ages.get().sum(row, problems);
      if (value.isEmpty() || !DistrictSums.inScope(lsoa)) continue;
      Optional<String> former = year.get() < FormerDistricts.FIRST_YEAR_AFTER
          ? FormerDistricts.get().byName(row.stripped(1).replaceAll("\\s+\\d{3}[A-Z]$", "")) : Optional.empty();
      if (former.isPresent()) {
        sums.addAuthority(former.get(), value.get(), row.line(), "lsoa11_name", lsoa);
        continue;
      }
      String district = districtOf.get(lsoa);
      if (district == null) {
        problems.add(row.line(), "lsoa11_code", lsoa, "import.lsoa.notInLookup", lsoaLookup.getFileName());
        continue;
      }
      sums.addDistrict(district, value.get(), row.line(), "lsoa11_code");
    }
    Source source = new Source("ons_mye_lsoa_" + year.get(),
        "ONS mid-" + year.get() + " small area population estimates (LSOA 2011) by single year of age",
        "Office for National Statistics (via the demographr package)", Source.OGL, "https://www.ons.gov.uk",
        file.getFileName().toString(), table.sha256());
    return problems.result(source, sums.observations("population_0_17", Observation.TOTAL, Set.of(), source.id()));
  }
}
