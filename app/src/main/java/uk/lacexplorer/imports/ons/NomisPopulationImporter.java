package uk.lacexplorer.imports.ons;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.DistrictSums;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.Years;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * Nomis NM_2002_1 ("population estimates – local authority based by single year of age") as TSV with the columns
 * GEOGRAPHY_CODE, GENDER, C_AGE, OBS_VALUE and no year column: the mid-year comes from {@code year=}. Ages 0–17 are
 * summed per district, then to upper-tier authorities ({@code lookup=} district-to-authority file,
 * {@code district-changes=} lookup_ltla_ltla.csv) and to England and Wales.
 */
public final class NomisPopulationImporter implements Importer {
  private static final List<String> COLUMNS = List.of("GEOGRAPHY_CODE", "GENDER", "C_AGE", "OBS_VALUE");

  @Override
  public String kind() {
    return "ons-nomis-population";
  }

  @Override
  public String description() {
    return "ONS mid-year estimates by district and single year of age from Nomis NM_2002_1 (TSV; year=, lookup=, metadata=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    RawTable table = RawTable.read(file, '\t', problems);
    Optional<Integer> year = Years.option(context, problems);
    if (year.isEmpty() && problems.isEmpty()) {
      problems.addFile("import.nomis.noYear");
    }
    NomisCodes codes = context.pathOption("metadata").map(NomisCodes::fromMetadata).orElseGet(NomisCodes::defaults);
    List<Row> rows = table.rows();
    Map<String, Integer> index = new HashMap<>();
    if (!rows.isEmpty()) for (int i = 0; i < rows.get(0).size(); i++) index.put(rows.get(0).stripped(i), i);
    for (String column : COLUMNS) {
      if (!index.containsKey(column)) problems.add(1, column, "", "import.column.missing", String.join(", ", COLUMNS));
    }
    if (!problems.isEmpty()) return problems.result(null, List.of());
    Map<String, double[]> byDistrict = new TreeMap<>();
    Map<String, Set<String>> seen = new HashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) continue;
      if (row.size() != rows.get(0).size()) {
        problems.add(row.line(), Integer.toString(row.size()), row.field(row.size() - 1), "import.row.fields",
            rows.get(0).size(), row.size());
        continue;
      }
      String district = row.stripped(index.get("GEOGRAPHY_CODE"));
      String gender = row.stripped(index.get("GENDER"));
      Integer age = codes.ages().get(row.stripped(index.get("C_AGE")));
      Optional<Double> value = Cells.number(row.field(index.get("OBS_VALUE")), row.line(), "OBS_VALUE", problems);
      if (age == null || age > 17 || value.isEmpty()) continue;
      if (!seen.computeIfAbsent(district, key -> new TreeSet<>()).add(gender + "/" + age)) {
        problems.add(row.line(), "C_AGE", row.stripped(index.get("C_AGE")), "import.nomis.twice");
      }
      firstLine.putIfAbsent(district, row.line());
      double[] sums = byDistrict.computeIfAbsent(district, key -> new double[2]);
      sums[gender.equals(codes.totalGender()) ? 0 : 1] += value.get();
    }
    DistrictSums sums = new DistrictSums(context.areas(),
        context.pathOption("lookup").map(lookup -> uk.lacexplorer.imports.read.UpperTierLookup.load(lookup,
            context.pathOption("district-changes"))), year.get(), problems);
    byDistrict.forEach((district, values) -> {
      Set<String> found = seen.get(district);
      boolean hasTotal = found.stream().anyMatch(key -> key.startsWith(codes.totalGender() + "/"));
      int expected = hasTotal ? 18 : 36;
      if (found.size() != expected && DistrictSums.inScope(district)) {
        problems.add(firstLine.get(district), "GEOGRAPHY_CODE", district,
            "import.nomis.agesIncomplete", found.size(), expected);
      }
      sums.addDistrict(district, hasTotal ? values[0] : values[1], firstLine.get(district), "GEOGRAPHY_CODE");
    });
    Source source = new Source("ons_mye_nomis_" + year.get(),
        "ONS mid-" + year.get() + " population estimates by local authority and single year of age (Nomis NM_2002_1)",
        "Office for National Statistics (Nomis)", Source.OGL, "https://www.nomisweb.co.uk", file.getFileName().toString(),
        table.sha256());
    List<Observation> observations = sums.observations("population_0_17", Observation.TOTAL, Set.of(), source.id());
    return problems.result(source, observations);
  }
}
