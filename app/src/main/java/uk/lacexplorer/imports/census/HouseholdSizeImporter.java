package uk.lacexplorer.imports.census;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.Rounded;
import uk.lacexplorer.imports.read.UpperTierLookup;
import uk.lacexplorer.imports.read.Years;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * Average household size: usual residents divided by households, both summed from districts to the authority. The
 * file is the Census 2021 households by district ({@code households21_ltla21.csv}, column {@code households}); the
 * residents come from {@code population=} (a table with {@code total_population}, e.g. {@code age_gender21_ltla21_ew.csv}).
 * Residents include those in communal establishments, so the size is a little above the household-residents figure.
 */
public final class HouseholdSizeImporter implements Importer {
  public static final String MEASURE = "household_size_mean";

  @Override
  public String kind() {
    return "census21-household-size";
  }

  @Override
  public String description() {
    return "Average household size: usual residents / households, Census 2021 by district (population=, lookup=, year=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    Path populationFile = context.pathOption("population").orElseThrow(() -> UserError.of("error.import.censusPopulation", kind()));
    int year = Years.option(context, problems).orElse(2021);
    Optional<UpperTierLookup> lookup = context.pathOption("lookup")
        .map(path -> UpperTierLookup.load(path, context.pathOption("district-changes")));
    DistrictColumn.Read households = DistrictColumn.sum(file, "households", context.areas(), lookup, year, problems);
    Problems populationProblems = new Problems(populationFile);
    DistrictColumn.Read residents = DistrictColumn.sum(populationFile, "total_population", context.areas(), lookup, year,
        populationProblems);
    if (!populationProblems.isEmpty()) return populationProblems.result(null, List.of());
    Source source = new Source("census21_household_size", "Census 2021: usual residents and households by district",
        "Office for National Statistics (via the demographr package)", Source.OGL, "https://www.ons.gov.uk/census",
        file.getFileName() + " + " + populationFile.getFileName(), households.sha256());
    List<Observation> observations = new ArrayList<>();
    ratios(observations, residents.sums().authorities(), households.sums().authorities(), year, source.id(), problems);
    ratios(observations, residents.sums().nations(), households.sums().nations(), year, source.id(), problems);
    return problems.result(source, observations);
  }

  private static void ratios(List<Observation> out, Map<AreaCode, Double> residents, Map<AreaCode, Double> households,
                             int year, String sourceId, Problems problems) {
    households.forEach((code, count) -> {
      Double people = residents.get(code);
      if (people == null) {
        problems.addFile("import.census.noResidents", code);
      } else if (count > 0) {
        out.add(new Observation(code, MEASURE, year, Observation.TOTAL, Rounded.to(people / count, 3), Set.of(), sourceId));
      }
    });
  }
}
