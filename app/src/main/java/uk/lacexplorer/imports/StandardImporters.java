package uk.lacexplorer.imports;

import java.util.ArrayList;
import java.util.List;

/** The list of importers LAC Explorer ships. Each importer package adds its importers here. */
final class StandardImporters {
  private StandardImporters() {
  }

  static List<Importer> all() {
    List<Importer> all = new ArrayList<>();
    // Wales (StatsWales), ONS populations, deprivation and covariates (branch data-wales).
    all.add(new uk.lacexplorer.imports.statswales.StatsWalesClaImporter());
    all.add(new uk.lacexplorer.imports.statswales.StatsWalesProjectionImporter());
    all.add(new uk.lacexplorer.imports.ons.NomisPopulationImporter());
    all.add(new uk.lacexplorer.imports.ons.DemographrPopulationImporter());
    all.add(new uk.lacexplorer.imports.ons.LsoaPopulationImporter());
    // England (DfE)
    all.addAll(uk.lacexplorer.imports.dfe.DfeImporters.all());
    return all;
  }
}
