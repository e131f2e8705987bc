package uk.lacexplorer.need;

import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;

/**
 * One authority's count, population aged 0–17 and covariate values (in the order of the table's covariates).
 */
public record AuthorityNeed(AreaCode code, String name, Nation nation, double count, double population, double[] covariates) {
  public AuthorityNeed {
    covariates = covariates.clone();
  }

  @Override
  public double[] covariates() {
    return covariates.clone();
  }

  public double ratePer10000() {
    return count / population * 10_000;
  }
}
