package uk.lacexplorer.imports.deprivation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.AreaResolver;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.Years;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * English Indices of Deprivation upper-tier summaries (MHCLG File 11): the IMD summary (average score and rank,
 * proportion of LSOAs in the most deprived 10% nationally, extent) and the IDACI summary. Proportions become
 * percentages. The first column holds the upper-tier code. The edition year comes from {@code year=} or the header
 * ("(2019)").
 */
public final class EnglishSummaryImporter implements Importer {
  private final String kind;
  private final String index;
  private final Map<String, String> measures;
  private final String title;

  private EnglishSummaryImporter(String kind, String index, Map<String, String> measures, String title) {
    this.kind = kind;
    this.index = index;
    this.measures = measures;
    this.title = title;
  }

  public static EnglishSummaryImporter imd() {
    Map<String, String> measures = new LinkedHashMap<>();
    measures.put("imd - average score", "imd_average_score");
    measures.put("imd - average rank", "imd_average_rank");
    measures.put("imd - proportion of lsoas in most deprived 10% nationally", "imd_share_lsoas_10pct_most_deprived");
    measures.put("extent", "imd_extent_pct");
    return new EnglishSummaryImporter("imd-utla-summary", "imd", measures, "English Indices of Deprivation: IMD upper-tier summary");
  }

  public static EnglishSummaryImporter idaci() {
    Map<String, String> measures = new LinkedHashMap<>();
    measures.put("idaci - average score", "idaci_average_score");
    measures.put("idaci - average rank", "idaci_average_rank");
    measures.put("idaci - proportion of lsoas in most deprived 10% nationally", "idaci_share_lsoas_10pct_most_deprived");
    return new EnglishSummaryImporter("idaci-utla", "idaci", measures,
        "English Indices of Deprivation: IDACI (income deprivation affecting children) upper-tier summary");
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String description() {
    return "English IoD upper-tier summary (" + index.toUpperCase(Locale.ROOT) + "; CSV, first column = UTLA code; year=)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    RawTable table = RawTable.read(file, ',', problems);
    List<Row> rows = table.rows();
    if (rows.isEmpty()) return problems.result(null, List.of());
    Row header = rows.get(0);
    Map<Integer, String> columns = new LinkedHashMap<>();
    for (int i = 1; i < header.size(); i++) {
      String label = normalise(header.field(i));
      measures.forEach((prefix, measure) -> {
        if (isColumn(label, prefix)) columns.putIfAbsent(columnOf(header, prefix), measure);
      });
    }
    if (columns.isEmpty()) {
      problems.add(1, "", "", "import.column.noneExpected", String.join(", ", measures.keySet()));
    }
    Optional<Integer> year = Years.option(context, problems).or(() -> Years.in(String.join(" ", header.fields())));
    if (year.isEmpty()) problems.addFile("import.year.noEdition", 2019);
    if (!problems.isEmpty()) return problems.result(null, List.of());
    Source source = new Source(kind.replace('-', '_') + "_" + year.get(), title + " " + year.get(),
        "Ministry of Housing, Communities and Local Government", Source.OGL,
        "https://www.gov.uk/government/collections/english-indices-of-deprivation", file.getFileName().toString(),
        table.sha256());
    List<Observation> observations = new ArrayList<>();
    AreaResolver resolver = new AreaResolver(context.areas(), problems);
    for (Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) continue;
      if (row.size() != header.size()) {
        problems.add(row.line(), Integer.toString(row.size()), row.field(row.size() - 1),
            "import.row.fields", header.size(), row.size());
        continue;
      }
      Optional<Area> area = resolver.resolve(row.stripped(0), year.get(), row.line(), header.stripped(0));
      if (area.isEmpty()) continue;
      columns.forEach((column, measure) -> Cells.number(row.field(column), row.line(), header.stripped(column), problems)
          .ifPresent(value -> observations.add(new Observation(area.get().code(), measure, year.get(), Observation.TOTAL,
              measure.contains("share") || measure.endsWith("_pct") ? Math.round(value * 1e6) / 1e4 : value,
              Set.of(), source.id()))));
    }
    return problems.result(source, observations);
  }

  private static String normalise(String label) {
    return label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^imd \\d{4} - ", "imd - ");
  }

  /** Whether a header label is the column for {@code prefix} (not its "rank of …" companion). */
  private static boolean isColumn(String label, String prefix) {
    return prefix.equals("extent") ? label.equals("imd - extent") : label.equals(prefix);
  }

  private static int columnOf(Row header, String prefix) {
    for (int i = 1; i < header.size(); i++) if (isColumn(normalise(header.field(i)), prefix)) return i;
    throw new IllegalStateException(prefix);
  }
}
