package uk.lacexplorer.selfeval;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lacexplorer.output.SafeCsv;

/**
 * A round's results as CSV (RFC 4180, CRLF): one row per characteristic, then per theme, then overall. Suppressed rows
 * keep only the respondent count. Every cell goes through {@link SafeCsv}, so free text cannot run as a formula.
 */
final class ResultsCsv {
  private ResultsCsv() {
  }

  static String write(RoundResults results, boolean welsh) {
    Framework framework = results.framework();
    List<String> header = new ArrayList<>(List.of("round_id", "authority_code", "framework", "row_type", "theme",
        "characteristic", "text", "respondents", "suppressed", "rated", "dont_know"));
    for (int level = 1; level <= framework.levels(); level++) header.add("count_" + framework.point(level).id());
    header.addAll(List.of("median", "share_established_or_better", "leik_consensus", "tastle_wierman_consensus",
        "gap_low_group", "gap_high_group", "mean_gap", "cliffs_delta", "mann_whitney_p", "widest_gap_flag"));
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      csv.writeRecord(header);
      for (Framework.Theme theme : framework.themes()) {
        for (Framework.Characteristic item : theme.characteristics()) {
          ItemResult result = results.item(item.id());
          ItemResult.Divergence gap = result.gap();
          List<Object> tail = Arrays.asList(result.leikConsensus(), result.tastleWiermanConsensus(),
              gap == null ? null : gap.lowGroupId(), gap == null ? null : gap.highGroupId(),
              gap == null ? null : gap.meanGap(), gap == null ? null : gap.cliffsDelta(),
              gap == null ? null : gap.pValue(), result.flagged() ? "yes" : "no");
          csv.writeRecord(row(results, "characteristic", theme.id(), item.id(), item.text(welsh), result.summary(),
              framework.levels(), tail));
        }
      }
      for (Framework.Theme theme : framework.themes()) {
        csv.writeRecord(row(results, "theme", theme.id(), "", theme.title(welsh), results.themes().get(theme.id()),
            framework.levels(), Arrays.asList(new Object[8])));
      }
      csv.writeRecord(row(results, "overall", "", "", framework.title(welsh), results.overall(), framework.levels(),
          Arrays.asList(new Object[8])));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static List<String> row(RoundResults results, String type, String theme, String item, String text,
                                  Summary summary, int levels, List<Object> tail) {
    List<Object> cells = new ArrayList<>(Arrays.asList(results.round().id(), results.round().authorityCode(),
        results.framework().key(), type, theme, item, text, summary.respondents(), summary.suppressed() ? "yes" : "no",
        summary.rated(), summary.dontKnow()));
    for (int level = 0; level < levels; level++) cells.add(summary.suppressed() ? null : summary.counts().get(level));
    cells.add(summary.median());
    cells.add(summary.shareEstablishedOrBetter());
    cells.addAll(tail);
    return cells.stream().map(SafeCsv::cell).toList();
  }
}
