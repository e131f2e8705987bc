package uk.lacexplorer.imports.covariates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
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
 * Unemployment rate (%) by district and year ({@code unemployment_ltla.csv}: ltla21_name, ltla21_code, year,
 * unemployment_perc). A row for an upper-tier authority itself is used as it is. Otherwise the authority's value is
 * the mean of its districts weighted by total resident population ({@code weights=}, a district population file
 * with {@code total_population}, e.g. mid-2019), and a nation's value is the mean of its authorities weighted the
 * same way. Rows with no code are placed by their district name ({@code district-changes=}); empty values are skipped.
 */
public final class UnemploymentImporter implements Importer {
  private static final List<String> COLUMNS = List.of("ltla21_name", "ltla21_code", "year", "unemployment_perc");

  @Override
  public String kind() {
    return "unemployment";
  }

  @Override
  public String description() {
    return "Unemployment rate by district and year (CSV) to population-weighted means by LA (lookup=, weights=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Path lookupFile = context.pathOption("lookup").orElseThrow(() -> UserError.of("error.import.unemploymentLookup"));
    UpperTierLookup lookup = UpperTierLookup.load(lookupFile, context.pathOption("district-changes"));
    Weights weights = Weights.load(context.pathOption("weights").orElseThrow(() -> UserError.of(
        "error.import.unemploymentWeights")), lookup);
    Problems problems = new Problems(file);
    RawTable raw = RawTable.read(file, ',', problems);
    Optional<DistrictTable> table = DistrictTable.of(raw.rows(), COLUMNS, problems);
    if (table.isEmpty()) return problems.result(null, List.of());
    Map<Integer, Map<String, Double>> direct = new TreeMap<>();
    Map<Integer, Map<String, double[]>> fromDistricts = new TreeMap<>();
    for (Row row : raw.rows().subList(1, raw.rows().size())) {
      if (row.isBlank() || !table.get().fits(row, problems) || table.get().text(row, "unemployment_perc").isEmpty()) continue;
      Optional<String> district = Optional.of(table.get().text(row, "ltla21_code")).filter(code -> !code.isEmpty())
          .or(() -> lookup.districtNamed(table.get().text(row, "ltla21_name")));
      Optional<Integer> year = table.get().year(row, problems);
      Optional<Double> rate = table.get().number(row, "unemployment_perc", problems);
      if (district.isEmpty()) {
        problems.add(row.line(), "ltla21_name", table.get().text(row, "ltla21_name"), "import.district.noCode");
        continue;
      }
      if (year.isEmpty() || rate.isEmpty() || !DistrictSums.inScope(district.get())) continue;
      Optional<String> authority = lookup.upperTierOf(district.get());
      if (authority.isEmpty()) {
        problems.add(row.line(), "ltla21_code", district.get(), "import.district.notInNamedLookup", lookupFile.getFileName());
      } else if (authority.get().equals(district.get())) {
        direct.computeIfAbsent(year.get(), key -> new HashMap<>()).put(authority.get(), rate.get());
      } else {
        Optional<Double> weight = weights.ofDistrict(district.get());
        if (weight.isEmpty()) {
          problems.add(row.line(), "ltla21_code", district.get(), "import.district.noWeight");
          continue;
        }
        double[] sum = fromDistricts.computeIfAbsent(year.get(), key -> new HashMap<>()).computeIfAbsent(authority.get(), key -> new double[2]);
        sum[0] += weight.get() * rate.get();
        sum[1] += weight.get();
      }
    }
    Source source = new Source("unemployment_2015_2020", "Unemployment rate by local authority, 2015 to 2020 (ONS Annual Population Survey)",
        "Office for National Statistics", Source.OGL, "https://www.nomisweb.co.uk", file.getFileName().toString(), raw.sha256());
    List<Observation> observations = new ArrayList<>();
    java.util.Set<Integer> years = new java.util.TreeSet<>(direct.keySet());
    years.addAll(fromDistricts.keySet());
    for (int year : years) {
      Map<String, Double> byAuthority = new TreeMap<>();
      fromDistricts.getOrDefault(year, Map.of()).forEach((authority, sum) -> byAuthority.put(authority, sum[0] / sum[1]));
      byAuthority.putAll(direct.getOrDefault(year, Map.of()));
      observations.addAll(observations(context, year, byAuthority, weights, problems, source.id()));
    }
    return problems.result(source, observations);
  }

  private static List<Observation> observations(ImportContext context, int year, Map<String, Double> byAuthority,
                                                Weights weights, Problems problems, String sourceId) {
    List<Observation> observations = new ArrayList<>();
    Map<AreaCode, double[]> nations = new TreeMap<>();
    byAuthority.forEach((code, rate) -> {
      Optional<Area> area = context.areas().match(code, year);
      if (area.isEmpty()) {
        problems.addFile("import.authority.unknownInYear", code, year);
        return;
      }
      observations.add(new Observation(area.get().code(), "unemployment_pct", year, "", round(rate), Set.of(), sourceId));
      double weight = weights.ofAuthority(code);
      double[] sum = nations.computeIfAbsent(area.get().nation().countryCode(), key -> new double[2]);
      sum[0] += weight * rate;
      sum[1] += weight;
    });
    nations.forEach((nation, sum) -> observations.add(
        new Observation(nation, "unemployment_pct", year, "", round(sum[0] / sum[1]), Set.of(), sourceId)));
    return observations;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
