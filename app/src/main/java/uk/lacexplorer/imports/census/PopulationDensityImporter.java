package uk.lacexplorer.imports.census;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.AreaResolver;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.Rounded;
import uk.lacexplorer.imports.read.UpperTierLookup;
import uk.lacexplorer.imports.read.Years;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * Population density: usual residents per km² of land. The file is a GeoJSON of the authorities' boundaries (ONS,
 * clipped to the coastline, e.g. {@code england_wales_utla_2021.geojson}), measured by {@link EqualArea}; residents
 * come from {@code population=} (a district table with {@code total_population}) summed with {@code lookup=}. The
 * ONS boundaries in the raw folder are ultra-generalised (500 m), which moves an authority's area by a fraction of a
 * per cent (DATA.md gives the two Welsh generalisations measured against each other).
 */
public final class PopulationDensityImporter implements Importer {
  public static final String MEASURE = "population_density_per_km2";

  @Override
  public String kind() {
    return "population-density";
  }

  @Override
  public String description() {
    return "Population density: residents (population=, lookup=) per km2 of the authority's boundary (GeoJSON, year=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    Path populationFile = context.pathOption("population").orElseThrow(() -> UserError.of("error.import.censusPopulation", kind()));
    int year = Years.option(context, problems).orElse(2021);
    Map<String, Double> areas = Boundaries.areasKm2(file, problems);
    Optional<UpperTierLookup> lookup = context.pathOption("lookup")
        .map(path -> UpperTierLookup.load(path, context.pathOption("district-changes")));
    Problems populationProblems = new Problems(populationFile);
    DistrictColumn.Read residents = DistrictColumn.sum(populationFile, "total_population", context.areas(), lookup, year,
        populationProblems);
    if (!populationProblems.isEmpty()) return populationProblems.result(null, List.of());
    AreaResolver resolver = new AreaResolver(context.areas(), problems);
    Map<AreaCode, Double> nationKm2 = new TreeMap<>();
    Map<AreaCode, Double> nationPeople = new TreeMap<>();
    List<Observation> observations = new ArrayList<>();
    Source source = new Source("boundaries_density_" + year, "Population density: Census " + year
        + " usual residents per km2 of the ONS ultra-generalised (500 m) boundaries, clipped to the coastline",
        "Office for National Statistics (boundaries via the geographr package; residents via demographr)", Source.OGL,
        "https://geoportal.statistics.gov.uk", file.getFileName() + " + " + populationFile.getFileName(),
        uk.lacexplorer.imports.read.FileBytes.sha256(uk.lacexplorer.imports.read.FileBytes.read(file)));
    long position = 0;
    for (var entry : areas.entrySet()) {
      position++;
      if (!entry.getKey().startsWith("E") && !entry.getKey().startsWith("W")) continue;
      Optional<Area> area = resolver.resolve(entry.getKey(), year, position, "properties.code");
      if (area.isEmpty()) continue;
      Double people = residents.sums().authorities().get(area.get().code());
      if (people == null) {
        problems.add(position, "properties.code", entry.getKey(), "import.census.noResidentsIn", entry.getKey(), populationFile.getFileName());
        continue;
      }
      if (entry.getValue() <= 0) {
        problems.add(position, "geometry", entry.getKey(), "import.geojson.noArea", entry.getKey());
        continue;
      }
      observations.add(new Observation(area.get().code(), MEASURE, year, Observation.TOTAL,
          Rounded.to(people / entry.getValue(), 1), Set.of(), source.id()));
      AreaCode nation = area.get().nation().countryCode();
      nationKm2.merge(nation, entry.getValue(), Double::sum);
      nationPeople.merge(nation, people, Double::sum);
    }
    nationKm2.forEach((nation, km2) -> observations.add(new Observation(nation, MEASURE, year, Observation.TOTAL,
        Rounded.to(nationPeople.get(nation) / km2, 1), Set.of(), source.id())));
    return problems.result(source, observations);
  }
}
