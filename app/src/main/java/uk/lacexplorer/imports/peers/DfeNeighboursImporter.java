package uk.lacexplorer.imports.peers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.dfe.DfeLaNumbers;
import uk.lacexplorer.imports.read.FileBytes;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * DfE's statistical neighbours as published: one row per English authority (its three-digit DfE number first), then
 * its ten neighbours, each a DfE number followed by its closeness band ({@code SN1, SNP, …} in the April 2021
 * groupings; {@code SN_1, SN_1P, …} in the 2025 model). Each neighbour becomes two observations of the authority for
 * the model's year, with the breakdown {@code neighbour=CODE}: {@code dfe_statistical_neighbour_rank} (1 = closest)
 * and {@code dfe_statistical_neighbour_closeness} (the band, 1 = extremely close … 5 = not close). The 2021 file's
 * "Old SNs" block (authorities that no longer exist) is left out with a warning. All or nothing: an unknown number,
 * an unknown band, fewer than ten neighbours, an authority among its own neighbours or twice, rejects the file.
 */
public final class DfeNeighboursImporter implements Importer {
  public static final String RANK = "dfe_statistical_neighbour_rank";
  public static final String CLOSENESS = "dfe_statistical_neighbour_closeness";
  /** The closeness bands as DfE words them, closest first; the value stored is the position (1–5). */
  public static final List<String> BANDS = List.of("extremely close", "very close", "close", "somewhat close", "not close");
  static final String URL = "https://www.gov.uk/government/publications/local-authority-interactive-tool-lait";
  private static final int NEIGHBOURS = 10;

  private final int model;

  public DfeNeighboursImporter(int model) {
    this.model = model;
  }

  @Override
  public String kind() {
    return "dfe-neighbours-" + model;
  }

  @Override
  public String description() {
    return model == 2021
        ? "DfE New_Statistical_Neighbour_Groupings_April_2021.csv: each English authority's ten statistical neighbours (2021 groupings)"
        : "DfE sn_model_" + model + "_wide.csv: each English authority's ten statistical neighbours (" + model + " model)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    byte[] bytes = FileBytes.read(file);
    RawTable table = RawTable.read(file, ',', problems);
    List<RawTable.Row> rows = table.rows();
    if (rows.isEmpty()) {
      problems.addFile("import.neighbours.empty");
      return problems.result(null, List.of());
    }
    RawTable.Row header = rows.get(0);
    int[] neighbourColumns = new int[NEIGHBOURS];
    for (int k = 1; k <= NEIGHBOURS; k++) {
      neighbourColumns[k - 1] = -1;
      for (int j = 0; j < header.size(); j++) {
        String name = header.stripped(j).replace("\uFEFF", "").toUpperCase(Locale.ROOT).replace("_", "");
        if (name.equals("SN" + k)) neighbourColumns[k - 1] = j;
      }
      if (neighbourColumns[k - 1] < 0) {
        problems.add(1, "SN" + k, "", "import.neighbours.columns");
      }
    }
    if (!problems.isEmpty()) return problems.result(null, List.of());
    List<Observation> observations = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    int left = 0;
    boolean old = false;
    for (RawTable.Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) continue;
      if (row.fields().stream().anyMatch(f -> f.strip().toLowerCase(Locale.ROOT).startsWith("old sns"))) {
        old = true;
        continue;
      }
      if (old) {
        left++;
        continue;
      }
      Optional<AreaCode> authority = known(row.stripped(0), row, header.stripped(0).replace("\uFEFF", ""), context, problems);
      if (authority.isEmpty()) continue;
      Long earlier = seen.putIfAbsent(authority.get().value(), row.line());
      if (earlier != null) {
        problems.add(row.line(), header.stripped(0), row.stripped(0), "import.authority.secondRow", earlier);
        continue;
      }
      Set<AreaCode> neighbours = new HashSet<>();
      for (int k = 1; k <= NEIGHBOURS; k++) {
        int column = neighbourColumns[k - 1];
        Optional<AreaCode> neighbour = known(row.stripped(column), row, header.stripped(column), context, problems);
        String bandText = row.stripped(column + 1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int band = BANDS.indexOf(bandText) + 1;
        if (band == 0) {
          problems.add(row.line(), header.stripped(column + 1), row.stripped(column + 1), "import.neighbours.notBand");
        }
        if (neighbour.isEmpty() || band == 0) continue;
        if (neighbour.get().equals(authority.get()) || !neighbours.add(neighbour.get())) {
          problems.add(row.line(), header.stripped(column), row.stripped(column), "import.neighbours.repeated");
          continue;
        }
        String breakdown = "neighbour=" + neighbour.get().value();
        observations.add(new Observation(authority.get(), RANK, model, breakdown, (double) k, EnumSet.noneOf(Flag.class), ""));
        observations.add(new Observation(authority.get(), CLOSENESS, model, breakdown, (double) band, EnumSet.noneOf(Flag.class), ""));
      }
    }
    if (!problems.isEmpty() || observations.isEmpty()) return problems.result(null, List.of());
    if (left > 0) problems.warn(0, "import.warn.oldNeighbours", left);
    String id = "dfe_statistical_neighbours_" + model;
    List<Observation> sourced = observations.stream().map(o -> new Observation(o.area(), o.measure(), o.period(),
        o.breakdown(), o.value(), o.flags(), id)).toList();
    String title = model == 2021 ? "Statistical neighbour groupings, April 2021" : "Statistical neighbour model " + model;
    Source source = new Source(id, title + " (DfE, via the CSC outcomes and enablers dashboard)", "Department for Education",
        Source.OGL, URL, file.getFileName().toString(), FileBytes.sha256(bytes));
    return problems.result(source, sourced);
  }

  private static Optional<AreaCode> known(String number, RawTable.Row row, String column, ImportContext context,
                                          Problems problems) {
    Optional<Area> area = DfeLaNumbers.code(number).flatMap(code -> context.areas().match(code.value(), null));
    if (area.isEmpty()) {
      problems.add(row.line(), column, number, "import.dfe.unknownLaNumber");
      return Optional.empty();
    }
    return Optional.of(area.get().code());
  }
}
