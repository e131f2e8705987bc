package uk.lacexplorer.rates;

import uk.lacexplorer.observation.Observation;

/**
 * Which generation of population estimates a value belongs to. ONS revised its mid-2012 to mid-2020 estimates to
 * the Census 2021 in November 2023 (and mid-2002 to mid-2010 to the Census 2011 in 2013), so two values for the same
 * year can differ; the label says which series a rate used.
 */
public enum PopulationVintage {
  /** Mid-2001 to mid-2010 as first published, before the revision to the Census 2011. */
  BEFORE_CENSUS_2011("pre_census2011", "before the Census 2011 rebasing"),
  /** Mid-2011: the Census 2011 base, the same in the old and the rebased series. */
  CENSUS_2011("census2011", "Census 2011"),
  /** Mid-2012 to mid-2020 as first published, before the revision to the Census 2021. */
  BEFORE_CENSUS_2021("pre_census2021", "before the Census 2021 rebasing"),
  /** The series rebased on the Census 2021 (mid-2012 onwards as revised in 2023, and mid-2021 onwards). */
  CENSUS_2021("census2021", "Census 2021-based"),
  /** Not known (e.g. a population a user imported). */
  UNKNOWN("", "");

  private final String id;
  private final String words;

  PopulationVintage(String id, String words) {
    this.id = id;
    this.words = words;
  }

  public String id() {
    return id;
  }

  /** In English, e.g. "before the Census 2021 rebasing"; empty when not known. */
  public String words() {
    return words;
  }

  /**
   * The vintage of a stored estimate of mid-{@code midYear}: DfE's denominators and the ONS workbooks of mid-2022
   * onwards are the rebased series; the shipped ONS files of mid-2012 to mid-2020 predate it.
   */
  public static PopulationVintage of(Observation estimate, int midYear) {
    String source = estimate.sourceId() == null ? "" : estimate.sourceId();
    if (estimate.measure().equals(RateService.DFE_POPULATION)) return CENSUS_2021;
    if (midYear >= 2021) return CENSUS_2021;
    if (midYear == 2011) return CENSUS_2011;
    boolean shipped = source.startsWith("ons_mye") || source.startsWith("statswales_population")
        || source.startsWith("dfe_sfr");
    if (!shipped) return UNKNOWN;
    if (source.startsWith("ons_mye_workbook")) return CENSUS_2021;
    return midYear <= 2010 ? BEFORE_CENSUS_2011 : BEFORE_CENSUS_2021;
  }

  public static PopulationVintage ofId(String id) {
    for (PopulationVintage vintage : values()) {
      if (vintage.id.equals(id)) return vintage;
    }
    return UNKNOWN;
  }
}
