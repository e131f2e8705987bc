package uk.lacexplorer.imports.ons;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.DistrictSums;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.UpperTierLookup;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * ONS mid-year estimates by single year of age as extracted by the demographr package: district files
 * ({@code ltlaYY_code}, summed to authorities with {@code lookup=}) or upper-tier files ({@code utlaYY_code}).
 */
public final class DemographrPopulationImporter implements Importer {
  @Override
  public String kind() {
    return "ons-demographr-population";
  }

  @Override
  public String description() {
    return "ONS mid-year estimates by district or upper-tier LA and single year of age (demographr CSV; lookup= for districts)";
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
    DistrictSums sums = new DistrictSums(context.areas(), lookup, year.get(), problems);
    for (Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) continue;
      String code = row.stripped(0);
      Optional<Double> value = ages.get().sum(row, problems);
      if (value.isEmpty() || !DistrictSums.inScope(code)) continue;
      if (districts) sums.addDistrict(code, value.get(), row.line(), codeColumn);
      else sums.addAuthority(code, value.get(), row.line(), codeColumn, code);
    }
    Source source = new Source("ons_mye_" + (districts ? "ltla" : "utla") + "_" + year.get(),
        "ONS mid-" + year.get() + " population estimates by " + (districts ? "district" : "upper-tier local authority")
            + " and single year of age", "Office for National Statistics (via the demographr package)", Source.OGL,
        "https://www.ons.gov.uk", file.getFileName().toString(), table.sha256());
    return problems.result(source, sums.observations("population_0_17", Observation.TOTAL, Set.of(), source.id()));
  }
}
