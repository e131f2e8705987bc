package uk.lacexplorer.imports.standard;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.ImporterCatalogue;

/**
 * The importers LAC Explorer ships. Each importer package adds its importers here (this package sits above them,
 * so that {@code imports} itself knows none of its sources).
 */
public final class StandardImporters {
  private StandardImporters() {
  }

  /** Every importer, by kind. */
  public static ImporterCatalogue catalogue() {
    return new ImporterCatalogue(all());
  }

  static List<Importer> all() {
    List<Importer> all = new ArrayList<>();
    // Wales (StatsWales), ONS populations, deprivation and covariates (branch data-wales).
    all.add(new uk.lacexplorer.imports.statswales.StatsWalesClaImporter());
    all.add(new uk.lacexplorer.imports.statswales.StatsWalesProjectionImporter());
    all.add(new uk.lacexplorer.imports.ons.NomisPopulationImporter());
    all.add(new uk.lacexplorer.imports.ons.DemographrPopulationImporter());
    all.add(new uk.lacexplorer.imports.ons.LsoaPopulationImporter());
    all.add(uk.lacexplorer.imports.deprivation.WimdCsvImporter.wimd2011());
    all.add(new uk.lacexplorer.imports.deprivation.Wimd2014Importer());
    all.add(uk.lacexplorer.imports.deprivation.WimdCsvImporter.wimd2019());
    all.add(uk.lacexplorer.imports.deprivation.EnglishSummaryImporter.imd());
    all.add(uk.lacexplorer.imports.deprivation.EnglishSummaryImporter.idaci());
    all.add(new uk.lacexplorer.imports.covariates.LoneParentImporter());
    all.add(new uk.lacexplorer.imports.covariates.ChildrenLowIncomeImporter());
    all.add(new uk.lacexplorer.imports.covariates.UnemploymentImporter());
    // England (DfE)
    all.addAll(uk.lacexplorer.imports.dfe.DfeImporters.all());
    // England (DfE CSC outcomes and enablers dashboard files, branch cascade)
    all.addAll(uk.lacexplorer.imports.dfe.dashboard.DashboardImporters.all());
    all.add(new uk.lacexplorer.imports.ons.mye.OnsMyeWorkbookImporter());
    // Moderating factors (issue 17, branch moderators): age structure, Census 2021 household size, density, deprivation.
    all.add(new uk.lacexplorer.imports.ons.AgeStructureImporter());
    all.add(new uk.lacexplorer.imports.census.HouseholdSizeImporter());
    all.add(new uk.lacexplorer.imports.census.PopulationDensityImporter());
    all.add(new uk.lacexplorer.imports.census.HouseholdDeprivationImporter());
    // England: children's services spend (MHCLG revenue outturn, DfE section 251) and DfE statistical neighbours
    // (branch resources).
    all.addAll(uk.lacexplorer.imports.spend.SpendImporters.all());
    all.add(new uk.lacexplorer.imports.peers.DfeNeighboursImporter(2021));
    all.add(new uk.lacexplorer.imports.peers.DfeNeighboursImporter(2025));
    // Wales: any StatsWales table, long or classic download, by its mapping file (branch statswales)
    all.addAll(uk.lacexplorer.imports.statswales.StatsWalesTables.importers());
    return all;
  }
}
