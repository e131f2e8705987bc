package uk.lacexplorer.dataset;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * The project's own tidy format for the curated dataset: a folder of CSV files (RFC 4180, UTF-8, LF), sorted so that
 * a rebuild from the same raw files gives the same bytes.
 *
 * <pre>
 * manifest.csv                 file,rows,sha256 (its own hash is the dataset's fingerprint)
 * areas.csv                    area_code,name_en,name_cy,nation,area_type,valid_from,valid_to,successors,parent
 * aliases.csv                  alias,area_code
 * sources.csv                  source_id,title,publisher,licence,url,file,sha256
 * observations/MEASURE.csv     area_code,period,breakdown,value,flags,source_id
 * </pre>
 */
public final class DatasetFiles {
  public static final String MANIFEST = "manifest.csv";
  private static final Comparator<Observation> ORDER = Comparator.comparing(Observation::area)
      .thenComparingInt(Observation::period).thenComparing(Observation::breakdown);

  private DatasetFiles() {
  }

  /** Where the files are read from: a folder, or the {@code /dataset/} folder on the class path (inside the jar). */
  public interface Location {
    InputStream open(String relativePath) throws IOException;

    static Location folder(Path folder) {
      return relative -> Files.newInputStream(folder.resolve(relative));
    }

    static Location classpath() {
      return relative -> {
        InputStream in = DatasetFiles.class.getResourceAsStream("/dataset/" + relative);
        if (in == null) throw new IOException("dataset file missing from the class path: " + relative);
        return in;
      };
    }
  }

  // ---- writing ----

  public static void write(Dataset dataset, Path folder) {
    try {
      Files.createDirectories(folder.resolve("observations"));
      try (var old = Files.list(folder.resolve("observations"))) {
        for (Path file : old.toList()) Files.delete(file);
      }
      Map<String, byte[]> files = new TreeMap<>();
      files.put("areas.csv", csv(List.of("area_code", "name_en", "name_cy", "nation", "area_type", "valid_from", "valid_to",
          "successors", "parent"), writer -> dataset.areas().stream().sorted(Comparator.comparing(Area::code))
          .forEach(area -> writer.writeRecord(area.code().value(), area.nameEn(), area.nameCy(), area.nation().name(),
              area.type().name(), text(area.validFrom()), text(area.validTo()),
              area.successors().stream().map(AreaCode::value).collect(Collectors.joining(";")),
              area.parent() == null ? "" : area.parent().value()))));
      files.put("aliases.csv", csv(List.of("alias", "area_code"), writer -> new TreeMap<>(dataset.aliases())
          .forEach((alias, code) -> writer.writeRecord(alias, code.value()))));
      files.put("sources.csv", csv(List.of("source_id", "title", "publisher", "licence", "url", "file", "sha256"),
          writer -> dataset.sources().stream().sorted(Comparator.comparing(Source::id)).forEach(source -> writer.writeRecord(
              source.id(), source.title(), source.publisher(), source.licence(), source.url(), source.file(), source.sha256()))));
      Map<String, List<Observation>> byMeasure = dataset.observations().stream()
          .collect(Collectors.groupingBy(Observation::measure, TreeMap::new, Collectors.toList()));
      Map<String, Integer> rows = new LinkedHashMap<>();
      rows.put("areas.csv", dataset.areas().size());
      rows.put("aliases.csv", dataset.aliases().size());
      rows.put("sources.csv", dataset.sources().size());
      byMeasure.forEach((measure, observations) -> {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(ORDER);
        String name = "observations/" + measure + ".csv";
        files.put(name, csv(List.of("area_code", "period", "breakdown", "value", "flags", "source_id"), writer -> sorted
            .forEach(o -> writer.writeRecord(o.area().value(), Integer.toString(o.period()), o.breakdown(),
                formatValue(o.value()), Flag.join(o.flags()), o.sourceId()))));
        rows.put(name, sorted.size());
      });
      byte[] manifest = csv(List.of("file", "rows", "sha256"), writer -> files.forEach((name, bytes) ->
          writer.writeRecord(name, Integer.toString(rows.get(name)), sha256(bytes))));
      for (var entry : files.entrySet()) Files.write(folder.resolve(entry.getKey()), entry.getValue());
      Files.write(folder.resolve(MANIFEST), manifest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String formatValue(Double value) {
    if (value == null) return "";
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String text(Integer value) {
    return value == null ? "" : value.toString();
  }

  private static byte[] csv(List<String> header, Consumer<CsvWriter> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
        .build(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
      writer.writeRecord(header);
      body.accept(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- reading ----

  /** The dataset's fingerprint: the hash of its manifest. */
  public static String fingerprint(Location location) {
    try (InputStream in = location.open(MANIFEST)) {
      return sha256(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Dataset read(Location location) {
    List<String> observationFiles = new ArrayList<>();
    readCsv(location, MANIFEST, row -> {
      if (row.getField("file").startsWith("observations/")) observationFiles.add(row.getField("file"));
    });
    List<Area> areas = new ArrayList<>();
    readCsv(location, "areas.csv", row -> areas.add(new Area(new AreaCode(row.getField("area_code")),
        row.getField("name_en"), row.getField("name_cy"), Nation.valueOf(row.getField("nation")),
        AreaType.valueOf(row.getField("area_type")), integer(row.getField("valid_from")), integer(row.getField("valid_to")),
        row.getField("successors").isEmpty() ? List.of()
            : Arrays.stream(row.getField("successors").split(";")).map(AreaCode::new).toList(),
        row.getField("parent").isEmpty() ? null : new AreaCode(row.getField("parent")))));
    Map<String, AreaCode> aliases = new LinkedHashMap<>();
    readCsv(location, "aliases.csv", row -> aliases.put(row.getField("alias"), new AreaCode(row.getField("area_code"))));
    List<Source> sources = new ArrayList<>();
    readCsv(location, "sources.csv", row -> sources.add(new Source(row.getField("source_id"), row.getField("title"),
        row.getField("publisher"), row.getField("licence"), row.getField("url"), row.getField("file"), row.getField("sha256"))));
    List<Observation> observations = new ArrayList<>();
    Map<String, AreaCode> codes = new java.util.HashMap<>();
    for (String file : observationFiles) {
      String measure = file.substring("observations/".length(), file.length() - ".csv".length());
      readCsv(location, file, row -> {
        String value = row.getField("value");
        observations.add(new Observation(codes.computeIfAbsent(row.getField("area_code"), AreaCode::new), measure,
            Integer.parseInt(row.getField("period")), row.getField("breakdown"),
            value.isEmpty() ? null : Double.valueOf(value), Flag.split(row.getField("flags")), row.getField("source_id")));
      });
    }
    return new Dataset(areas, aliases, sources, observations);
  }

  private static Integer integer(String text) {
    return text == null || text.isEmpty() ? null : Integer.valueOf(text);
  }

  private static void readCsv(Location location, String file, Consumer<NamedCsvRecord> consumer) {
    try (InputStream in = location.open(file);
         CsvReader<NamedCsvRecord> reader = CsvReader.builder()
             .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.forEach(consumer);
    } catch (IOException e) {
      throw new UncheckedIOException("reading dataset file " + file, e);
    }
  }
}
