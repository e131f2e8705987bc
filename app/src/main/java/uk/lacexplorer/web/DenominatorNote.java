package uk.lacexplorer.web;

import uk.lacexplorer.rates.Denominator;
import uk.lacexplorer.rates.PopulationVintage;
import uk.lacexplorer.rates.RateService;

/**
 * Which population estimate a rate used, in the page's language: "population: mid-2011 estimate (Census 2011)",
 * "population interpolated between the mid-2011 and mid-2017 estimates (…)", "no estimate for the year: the nearest,
 * mid-2008, used (…)", with "DfE's denominator" before DfE's.
 */
public final class DenominatorNote {
  private DenominatorNote() {
  }

  public static String of(Denominator denominator, Page page) {
    if (denominator == null || denominator.isMissing()) return page.text("rates.noPopulation");
    String text;
    if (denominator.interpolated()) {
      text = page.text("denominator.interpolated", String.valueOf(denominator.fromYear()), String.valueOf(denominator.toYear()));
    } else if (denominator.estimated()) {
      text = page.text("denominator.nearest", String.valueOf(denominator.populationYear()));
    } else {
      text = page.text("denominator.midYear", String.valueOf(denominator.populationYear()));
    }
    if (RateService.DFE_POPULATION.equals(denominator.measure())) text = page.text("denominator.dfe") + ", " + text;
    String vintage = denominator.vintage() == null ? "" : denominator.vintage();
    if ("mixed".equals(vintage)) return text + " (" + page.text("denominator.vintage.mixed") + ")";
    PopulationVintage known = PopulationVintage.ofId(vintage);
    return known == PopulationVintage.UNKNOWN ? text : text + " (" + page.text("denominator.vintage." + known.id()) + ")";
  }
}
