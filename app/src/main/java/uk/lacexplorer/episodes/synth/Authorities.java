package uk.lacexplorer.episodes.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * English authorities a national synthetic extract is spread over: their codes, and weights from the number of
 * children they looked after at 31 March 2024 (rounded to 10; resource {@code episodes/synth-authorities.csv}).
 */
record Authorities(List<String> codes, long[] children) {
  private record Authority(String code, int weight) {
  }

  /** {@code count} authorities spread evenly through the code list, sharing {@code total} children by weight. */
  static Authorities share(int count, int total) {
    List<Authority> all = load();
    List<Authority> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) chosen.add(all.get((int) ((long) i * all.size() / count)));
    double weights = chosen.stream().mapToInt(Authority::weight).sum();
    long[] children = new long[count];
    double[] remainder = new double[count];
    long given = 0;
    for (int i = 0; i < count; i++) {
      double exact = (double) total * chosen.get(i).weight() / weights;
      children[i] = (long) Math.floor(exact);
      remainder[i] = exact - children[i];
      given += children[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < count; i++) if (remainder[i] > remainder[best]) best = i;
      children[best]++;
      remainder[best] = -1;
      given++;
    }
    return new Authorities(chosen.stream().map(Authority::code).toList(), children);
  }

  private static List<Authority> load() {
    try (InputStream in = Authorities.class.getResourceAsStream("/episodes/synth-authorities.csv");
         CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
      List<Authority> all = new ArrayList<>();
      for (NamedCsvRecord row : reader) all.add(new Authority(row.getField("la_code"), Integer.parseInt(row.getField("weight"))));
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
