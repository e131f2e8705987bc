package uk.lacexplorer.imports.dfe;

import java.util.List;
import uk.lacexplorer.imports.Importer;

/** The DfE (England) importers: Explore Education Statistics files from 2018 and the SFR underlying data 2010–2017. */
public final class DfeImporters {
  private DfeImporters() {
  }

  public static List<Importer> all() {
    return List.of(
        new EesRatesImporter(),
        EesCharacteristics.placementStability(),
        EesCharacteristics.started(),
        EesCharacteristics.ceased(),
        SfrKinds.lookedAfter(),
        SfrKinds.started(),
        SfrKinds.ceased());
  }
}
