package uk.lacexplorer.episodes.codes;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Every SSDA903 code list, read once from the resources {@code episodes/codes/NAME.csv}. Immutable and thread-safe. */
public final class CodeLists {
  private static final CodeLists STANDARD = load();

  public final CodeList sex;
  public final CodeList ethnic;
  public final CodeList reasonNewEpisode;
  public final CodeList legalStatus;
  public final CodeList categoryOfNeed;
  public final CodeList placement;
  public final CodeList placementProvider;
  public final CodeList reasonCeased;
  public final CodeList reasonPlaceChange;
  public final CodeList missingType;
  public final CodeList reviewCode;
  public final CodeList inTouch;
  public final CodeList activity;
  public final CodeList accommodation;
  public final CodeList sdqReason;
  public final CodeList sexAdopter;
  public final CodeList legalStatusAdopter;
  public final CodeList reasonPlacedCeased;
  public final CodeList previousPermanence;
  public final CodeList zeroOne;

  private CodeLists() {
    sex = read("sex");
    ethnic = read("ethnic");
    reasonNewEpisode = read("reason_new_episode");
    legalStatus = read("legal_status");
    categoryOfNeed = read("category_of_need");
    placement = read("placement");
    placementProvider = read("placement_provider");
    reasonCeased = read("reason_ceased");
    reasonPlaceChange = read("reason_place_change");
    missingType = read("missing_type");
    reviewCode = read("review_code");
    inTouch = read("in_touch");
    activity = read("activity");
    accommodation = read("accommodation");
    sdqReason = read("sdq_reason");
    sexAdopter = read("sex_adopter");
    legalStatusAdopter = read("legal_status_adopter");
    reasonPlacedCeased = read("reason_placed_ceased");
    previousPermanence = read("previous_permanence");
    zeroOne = read("zero_one");
  }

  public static CodeLists standard() {
    return STANDARD;
  }

  private static CodeLists load() {
    return new CodeLists();
  }

  public List<CodeList> all() {
    return List.of(sex, ethnic, reasonNewEpisode, legalStatus, categoryOfNeed, placement, placementProvider,
        reasonCeased, reasonPlaceChange, missingType, reviewCode, inTouch, activity, accommodation, sdqReason,
        sexAdopter, legalStatusAdopter, reasonPlacedCeased, previousPermanence, zeroOne);
  }

  private static CodeList read(String name) {
    String resource = "/episodes/codes/" + name + ".csv";
    try (InputStream in = CodeLists.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      List<CodeList.Code> codes = new ArrayList<>();
      try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
        for (NamedCsvRecord row : reader) {
          codes.add(new CodeList.Code(row.getField("code"), row.getField("label"), year(row.getField("valid_from")),
              year(row.getField("valid_to"))));
        }
      }
      return new CodeList(name, codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int year(String text) {
    return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
  }
}
