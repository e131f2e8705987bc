package uk.lacexplorer.web;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.rates.RateRow;

/**
 * A rate row written for people in the page's language: names, grouped numbers, the interval as "a to b", and notes
 * for suppressed counts or estimated denominators.
 */
public record RateView(String code, String name, int year, String count, String population, String rate, String interval,
                       String rank, String note, boolean nation) {

  public static RateView of(RateRow row, Page page) {
    Formats format = page.format();
    String interval = row.hasRate()
        ? page.text("rates.interval", format.number(row.lower(), 1), format.number(row.upper(), 1)) : "";
    String count = row.count() == null ? page.text("rates.noValue") : format.count(row.count());
    return new RateView(row.areaCode().value(), page.welsh() ? row.areaNameCy() : row.areaName(), row.year(), count,
        format.count(row.denominator().population()), row.hasRate() ? format.number(row.rate(), 1) : page.text("rates.noValue"),
        interval, format.integer(row.rank()), note(row, page), row.nation());
  }

  static String note(RateRow row, Page page) {
    List<String> notes = new ArrayList<>();
    for (Flag flag : row.countFlags()) notes.add(page.text("flag." + flag.id()));
    notes.add(DenominatorNote.of(row.denominator(), page));
    return String.join("; ", notes);
  }
}
