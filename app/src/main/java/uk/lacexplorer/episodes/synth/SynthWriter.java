package uk.lacexplorer.episodes.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.lacexplorer.episodes.parse.Dates;

/**
 * Writes one authority's generated children as SSDA903 CSV tables: header, episodes, uasc, missing, ad1 and
 * placed_for_adoption. Dates are dd/mm/yyyy. Not thread-safe (one per authority folder).
 */
final class SynthWriter implements AutoCloseable {
  private static final int BUFFER = 1 << 20;
  private final Writer header;
  private final Writer episodes;
  private final Writer uasc;
  private final Writer missing;
  private final Writer ad1;
  private final Writer placed;
  private final StringBuilder line = new StringBuilder(256);
  private int episodeCount;

  SynthWriter(Path folder) {
    try {
      Files.createDirectories(folder);
      header = open(folder, "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
      episodes = open(folder, "episodes.csv",
          "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
      uasc = open(folder, "uasc.csv", "CHILD,SEX,DOB,DUC");
      missing = open(folder, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END");
      ad1 = open(folder, "ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
      placed = open(folder, "placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer open(Path folder, String name, String columns) throws IOException {
    Writer writer = new BufferedWriter(Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8), BUFFER);
    writer.write(columns);
    writer.write('\n');
    return writer;
  }

  int episodes() {
    return episodeCount;
  }

  void write(SynthChild child, int windowEnd) throws IOException {
    String dob = Dates.format(child.birth);
    row(header, child.id, child.sex, dob, child.ethnic, child.upn, child.mother, date(child.childBirth));
    for (SynthEpisode e : child.episodes) {
      row(episodes, child.id, Dates.format(e.start), e.rne, e.legalStatus, e.categoryOfNeed, e.placement, e.provider,
          date(e.end), e.reasonCeased, e.reasonPlaceChange, e.homePostcode, e.placementPostcode, e.urn);
      episodeCount++;
    }
    if (child.uasc) row(uasc, child.id, child.sex, dob, Dates.format(Dates.plusYears(child.birth, 18)));
    for (int i = 0; i < child.missing.size(); i++) {
      int[] period = child.missing.get(i);
      row(missing, child.id, dob, child.missingType.get(i), Dates.format(period[0]), Dates.format(period[1]));
    }
    for (Object[] adoption : child.adoptions) {
      int exit = (Integer) adoption[3];
      if (exit > windowEnd) continue;
      int decision = (Integer) adoption[0];
      int matched = Math.max(decision, (Integer) adoption[1]);
      boolean single = (child.id.hashCode() & 7) == 0;
      String adopters = single ? "1,F1,L3" : "2,MF,L0";
      row(placed, child.id, dob, Dates.format(decision), "", "");
      line.setLength(0);
      line.append(child.id).append(',').append(dob).append(',').append(Dates.format(decision)).append(',')
          .append(Dates.format(matched)).append(',').append((Boolean) adoption[2] ? '1' : '0').append(',')
          .append(adopters).append('\n');
      ad1.append(line);
    }
  }

  private static String date(int day) {
    return day == Integer.MIN_VALUE ? "" : Dates.format(day);
  }

  private void row(Writer writer, String... cells) throws IOException {
    line.setLength(0);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) line.append(',');
      if (cells[i] != null) line.append(cells[i]);
    }
    line.append('\n');
    writer.append(line);
  }

  @Override
  public void close() throws IOException {
    for (Writer writer : new Writer[] {header, episodes, uasc, missing, ad1, placed}) writer.close();
  }
}
