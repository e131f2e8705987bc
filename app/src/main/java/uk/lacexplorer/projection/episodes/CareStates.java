package uk.lacexplorer.projection.episodes;

import java.util.List;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;

/**
 * The states of the episode model: DfE's eight top-level placement types (as its tables of children looked after at
 * 31 March group the SSDA903 placement codes) by five age bands (under 1, 1–4, 5–9, 10–15, 16–17).
 */
final class CareStates {
  static final List<String> TYPES = List.of("foster", "placed_for_adoption", "placed_with_parents", "independent_living",
      "secure_and_childrens_homes", "other_residential", "residential_schools", "other_placements");
  static final List<String> BANDS = List.of("under_1", "1_4", "5_9", "10_15", "16_17");
  static final int STATES = TYPES.size() * BANDS.size();
  private static final byte[] TYPE_OF_CODE = typeOfCode(CodeLists.standard().placement);

  private CareStates() {
  }

  static int state(int type, int band) {
    return type * BANDS.size() + band;
  }

  static int type(int state) {
    return state / BANDS.size();
  }

  static int band(int state) {
    return state % BANDS.size();
  }

  /** The band of a child aged {@code age} whole years, or −1 from 18 (no longer a child looked after). */
  static int bandOfAge(int age) {
    if (age < 0 || age >= 18) return -1;
    if (age < 1) return 0;
    if (age < 5) return 1;
    if (age < 10) return 2;
    return age < 16 ? 3 : 4;
  }

  /** The type of a placement code's index in the code list, or −1 when blank or unknown. */
  static int typeOfPlacement(byte index) {
    return index <= 0 || index >= TYPE_OF_CODE.length ? -1 : TYPE_OF_CODE[index];
  }

  /**
   * U1–U6 foster; A3–A6 placed for adoption; P1 placed with parents; P2, P3 other placements in the community; K1,
   * K2, K3, H5, R1 secure units, children's homes and semi-independent living; R2, R3, R5 other residential settings;
   * S1 residential schools; T0–T4 and Z codes other placements.
   */
  private static byte[] typeOfCode(CodeList placements) {
    byte[] types = new byte[placements.codes().size() + 1];
    java.util.Arrays.fill(types, (byte) -1);
    for (int i = 1; i <= placements.codes().size(); i++) {
      String code = placements.code(i).code();
      String type = switch (code.charAt(0)) {
        case 'U' -> "foster";
        case 'A' -> "placed_for_adoption";
        case 'P' -> code.equals("P1") ? "placed_with_parents" : "independent_living";
        case 'K', 'H' -> "secure_and_childrens_homes";
        case 'R' -> code.equals("R1") ? "secure_and_childrens_homes" : "other_residential";
        case 'S' -> "residential_schools";
        default -> "other_placements";
      };
      types[i] = (byte) TYPES.indexOf(type);
    }
    return types;
  }
}
