package uk.lacexplorer.imports.deprivation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.AreaResolver;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.observation.Source;

/**
 * WIMD LSOA results as CSV with an LSOA code column and {@code DOMAIN_rank} / {@code DOMAIN_decile} columns (the
 * humaniverse/IMD extracts of WIMD 2011, LSOA 2001, and WIMD 2019, LSOA 2011). The LSOAs are placed in authorities
 * with {@code lsoa-lookup=}; published deciles are used where given, ranks otherwise.
 */
public final class WimdCsvImporter implements Importer {
  private final int edition;
  private final String lsoaColumn;

  private WimdCsvImporter(int edition, String lsoaColumn) {
    this.edition = edition;
    this.lsoaColumn = lsoaColumn;
  }

  public static WimdCsvImporter wimd2011() {
    return new WimdCsvImporter(2011, "lsoa01_code");
  }

  public static WimdCsvImporter wimd2019() {
    return new WimdCsvImporter(2019, "lsoa11_code");
  }

  @Override
  public String kind() {
    return "wimd-" + edition;
  }

  @Override
  public String description() {
    return "WIMD " + edition + " LSOA ranks and deciles (CSV, " + lsoaColumn + ") to shares of LSOAs in the most "
        + "deprived 10/20/30% of Wales (lsoa-lookup=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Path lookup = context.pathOption("lsoa-lookup").orElseThrow(() -> UserError.of("error.import.wimdLookup", kind(),
        lsoaColumn, lsoaColumn.substring(4, 6)));
    LsoaAuthorities authorities = LsoaAuthorities.load(lookup, lsoaColumn);
    Problems problems = new Problems(file);
    RawTable table = RawTable.read(file, ',', problems);
    List<Row> rows = table.rows();
    if (rows.isEmpty() || !rows.get(0).stripped(0).equals(lsoaColumn)) {
      problems.add(1, "1", rows.isEmpty() ? "" : rows.get(0).stripped(0), "import.column.firstShouldBe", lsoaColumn);
      return problems.result(null, List.of());
    }
    Row header = rows.get(0);
    Map<String, Integer> rankColumn = new LinkedHashMap<>();
    Map<String, Integer> decileColumn = new LinkedHashMap<>();
    for (int i = 1; i < header.size(); i++) {
      String name = header.stripped(i);
      int cut = name.lastIndexOf('_');
      if (cut < 0) continue;
      Optional<String> domain = WimdDomains.of(name.substring(0, cut));
      if (domain.isEmpty()) continue;
      if (name.endsWith("_rank")) rankColumn.put(domain.get(), i);
      if (name.endsWith("_decile")) decileColumn.put(domain.get(), i);
    }
    if (!rankColumn.containsKey(WimdShares.OVERALL) && !decileColumn.containsKey(WimdShares.OVERALL)) {
      problems.add(1, "IMD_rank", "", "import.wimd.noOverall");
      return problems.result(null, List.of());
    }
    List<Row> data = rows.subList(1, rows.size()).stream().filter(row -> !row.isBlank()).toList();
    WimdShares shares = new WimdShares();
    AreaResolver resolver = new AreaResolver(context.areas(), problems);
    for (Row row : data) {
      if (row.size() != header.size()) {
        problems.add(row.line(), Integer.toString(row.size()), row.field(row.size() - 1),
            "import.row.fields", header.size(), row.size());
        continue;
      }
      String lsoa = row.stripped(0);
      Optional<String> authority = authorities.of(lsoa);
      if (authority.isEmpty()) {
        problems.add(row.line(), lsoaColumn, lsoa, "import.lsoa.notInLookup", lookup.getFileName());
        continue;
      }
      Optional<Area> area = resolver.resolve(authority.get(), edition, row.line(), lsoaColumn);
      if (area.isEmpty()) continue;
      for (String domain : rankColumn.keySet().isEmpty() ? decileColumn.keySet() : rankColumn.keySet()) {
        Integer decileAt = decileColumn.get(domain);
        if (decileAt != null) {
          Cells.number(row.field(decileAt), row.line(), header.stripped(decileAt), problems).ifPresent(decile -> {
            if (decile < 1 || decile > 10 || decile != Math.floor(decile)) {
              problems.add(row.line(), header.stripped(decileAt), row.stripped(decileAt), "import.cell.notDecile");
            } else {
              shares.add(domain, area.get().code(), decile.intValue());
            }
          });
        } else {
          int rankAt = rankColumn.get(domain);
          Cells.number(row.field(rankAt), row.line(), header.stripped(rankAt), problems)
              .ifPresent(rank -> shares.add(domain, area.get().code(), WimdShares.decileOfRank(rank, data.size())));
        }
      }
    }
    Source source = new Source("wimd_" + edition, "Welsh Index of Multiple Deprivation " + edition + ": LSOA ranks and deciles",
        "Welsh Government", Source.OGL, "https://www.gov.wales/welsh-index-multiple-deprivation",
        file.getFileName().toString(), table.sha256());
    return problems.result(source, shares.observations(edition, source.id()));
  }
}
