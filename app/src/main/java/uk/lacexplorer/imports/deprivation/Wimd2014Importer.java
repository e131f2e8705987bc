package uk.lacexplorer.imports.deprivation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.AreaResolver;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.Workbook;
import uk.lacexplorer.observation.Source;

/**
 * The Welsh Government's WIMD 2014 workbook ("WIMD Ranks and Deciles 2014.xlsx", revised August 2015), sheet
 * "WIMD 2014 results Eng": LSOA code, names, local authority name, and the overall and eight domain ranks
 * (1 = most deprived of 1,909). Shares of LSOAs in the most deprived 10/20/30% by authority, overall and by domain.
 */
public final class Wimd2014Importer implements Importer {
  private static final int EDITION = 2014;

  @Override
  public String kind() {
    return "wimd-2014";
  }

  @Override
  public String description() {
    return "WIMD 2014 ranks workbook (.xlsx, sheet 'WIMD 2014 results Eng') to shares of LSOAs in the most deprived 10/20/30%";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    Optional<Workbook> workbook = Workbook.open(file, problems);
    Optional<List<Row>> rows = workbook.flatMap(book -> book.sheet("WIMD 2014 results", problems));
    if (rows.isEmpty()) return problems.result(null, List.of());
    int headerAt = -1;
    for (int i = 0; i < rows.get().size() && headerAt < 0; i++) {
      if (rows.get().get(i).stripped(0).equalsIgnoreCase("LSOA Code")) headerAt = i;
    }
    if (headerAt < 0) {
      problems.addFile("import.wimd2014.noHeader");
      return problems.result(null, List.of());
    }
    Row header = rows.get().get(headerAt);
    int authorityAt = -1;
    Map<String, Integer> rankColumn = new LinkedHashMap<>();
    for (int i = 1; i < header.size(); i++) {
      String label = header.stripped(i);
      if (label.toLowerCase(java.util.Locale.ROOT).startsWith("local authority")) authorityAt = i;
    }
    for (int i = 1; i < header.size(); i++) {
      String label = header.stripped(i);
      if (!label.isEmpty() && !label.toLowerCase(java.util.Locale.ROOT).startsWith("lsoa") && i != authorityAt) {
        final int column = i;
        WimdDomains.of(label).ifPresent(domain -> rankColumn.putIfAbsent(domain, column));
      }
    }
    if (authorityAt < 0 || !rankColumn.containsKey(WimdShares.OVERALL)) {
      problems.add(header.line(), "", "", "import.wimd2014.columns");
      return problems.result(null, List.of());
    }
    List<Row> data = rows.get().subList(headerAt + 1, rows.get().size()).stream()
        .takeWhile(row -> row.isBlank() || row.stripped(0).matches("W01\\d{6}")).filter(row -> !row.isBlank()).toList();
    WimdShares shares = new WimdShares();
    AreaResolver resolver = new AreaResolver(context.areas(), problems);
    for (Row row : data) {
      Optional<Area> area = resolver.resolve(row.stripped(authorityAt), EDITION, row.line(), Workbook.column(authorityAt));
      if (area.isEmpty()) continue;
      rankColumn.forEach((domain, column) -> Cells.number(row.field(column), row.line(), Workbook.column(column), problems)
          .ifPresent(rank -> shares.add(domain, area.get().code(), WimdShares.decileOfRank(rank, data.size()))));
    }
    Source source = new Source("wimd_2014", "Welsh Index of Multiple Deprivation 2014 (revised 2015): LSOA ranks",
        "Welsh Government", Source.OGL, "https://www.gov.wales/welsh-index-multiple-deprivation",
        file.getFileName().toString(), workbook.get().sha256());
    return problems.result(source, shares.observations(EDITION, source.id()));
  }
}
