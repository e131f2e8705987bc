package uk.lacexplorer.selfeval;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.SafeCsv;

/**
 * A round's results as CSV (RFC 4180, CRLF): one row per characteristic, then per theme, then overall. Suppressed rows
 * keep only the respondent count. Headers are in the page's language (bundle keys {@code selfeval.csvHeader.*}); values stay
 * codes (row types, group ids, yes/no) so that one script reads both. Shares are percentages to 1 decimal place,
 * medians to 1, agreement and Cliff's delta to 3, mean gaps to 2 and p-values to 4. Every cell goes through
 * {@link SafeCsv}, so free text cannot run as a formula.
 */
final class ResultsCsv {
  private static final List<String> FIRST = List.of("round_id", "authority_code", "framework", "row_type", "theme",
      "characteristic", "text", "respondents", "suppressed", "rated", "dont_know");
  private static final List<String> LAST = List.of("median", "percent_established_or_better", "leik_consensus",
      "tastle_wierman_consensus", "gap_low_group", "gap_high_group", "mean_gap", "cliffs_delta", "mann_whitney_p",
      "widest_gap_flag", "withheld_groups");

  private ResultsCsv() {
  }

  static String write(RoundResults results, boolean welsh) {
    Framework framework = results.framework();
    List<String> header = new ArrayList<>();
    for (String name : FIRST) header.add(CsvHeaders.of(name, welsh));
    for (int level = 1; level <= framework.levels(); level++) header.add(CsvHeaders.count(framework.point(level).id(), welsh));
    for (String name : LAST) header.add(CsvHeaders.of(name, welsh));
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      csv.writeRecord(header);
      for (Framework.Theme theme : framework.themes()) {
        for (Framework.Characteristic item : theme.characteristics()) {
          ItemResult result = results.item(item.id());
          ItemResult.Divergence gap = result.gap();
          List<Object> tail = Arrays.asList(Numbers.round(result.leikConsensus(), 3),
              Numbers.round(result.tastleWiermanConsensus(), 3),
              gap == null ? null : gap.lowGroupId(), gap == null ? null : gap.highGroupId(),
              gap == null ? null : Numbers.round(gap.meanGap(), 2), gap == null ? null : Numbers.round(gap.cliffsDelta(), 3),
              gap == null ? null : Numbers.round(gap.pValue(), 4), result.flagged() ? "yes" : "no", withheld(result));
          csv.writeRecord(row(results, "characteristic", theme.id(), item.id(), item.text(welsh), result.summary(),
              framework.levels(), tail));
        }
      }
      for (Framework.Theme theme : framework.themes()) {
        csv.writeRecord(row(results, "theme", theme.id(), "", theme.title(welsh), results.themes().get(theme.id()),
            framework.levels(), Arrays.asList(new Object[9])));
      }
      csv.writeRecord(row(results, "overall", "", "", framework.title(welsh), results.overall(), framework.levels(),
          Arrays.asList(new Object[9])));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The groups not shown on their own, as {@code group:reason} separated by semicolons. */
  private static String withheld(ItemResult result) {
    return result.withheld().stream()
        .map(w -> w.groupId() + ":" + w.reason().name().toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.joining(";"));
  }

  private static List<String> row(RoundResults results, String type, String theme, String item, String text,
                                  Summary summary, int levels, List<Object> tail) {
    List<Object> cells = new ArrayList<>(Arrays.asList(results.round().id(), results.round().authorityCode(),
        results.framework().key(), type, theme, item, text, summary.respondents(), summary.suppressed() ? "yes" : "no",
        summary.rated(), summary.dontKnow()));
    for (int level = 0; level < levels; level++) cells.add(summary.suppressed() ? null : summary.counts().get(level));
    cells.add(Numbers.round(summary.median(), 1));
    cells.add(summary.shareEstablishedOrBetter() == null ? null
        : Numbers.round(summary.shareEstablishedOrBetter() * 100, 1));
    cells.addAll(tail);
    return cells.stream().map(SafeCsv::cell).toList();
  }
}
