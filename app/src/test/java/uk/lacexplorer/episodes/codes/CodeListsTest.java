package uk.lacexplorer.episodes.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeListsTest {
  @Test
  void everyCodeOfEveryListIsFoundAtItsIndexAndNothingElseIs() {
    for (CodeList list : CodeLists.standard().all()) {
      for (int i = 1; i <= list.codes().size(); i++) {
        String code = list.code(i).code();
        assertThat(list.index(code)).as(list.name() + " " + code).isEqualTo((byte) i);
        assertThat(list.index(" " + code + " ")).as("trimmed").isEqualTo((byte) i);
        assertThat(list.index(code.toLowerCase(java.util.Locale.ROOT) + "x")).isEqualTo(CodeList.UNKNOWN);
      }
      assertThat(list.index("")).isEqualTo(CodeList.BLANK);
      assertThat(list.index("ZZZZZZZZZ")).isEqualTo(CodeList.UNKNOWN);
      assertThat(list.index("É")).isEqualTo(CodeList.UNKNOWN);
    }
  }

  @Test
  void codesKnowTheYearsTheyMayBeUsedIn() {
    CodeList sex = CodeLists.standard().sex;
    assertThat(sex.validIn(sex.index("1"), 2024)).isTrue();
    assertThat(sex.validIn(sex.index("1"), 2025)).isFalse();
    assertThat(sex.validIn(sex.index("M"), 2025)).isTrue();
    CodeList placement = CodeLists.standard().placement;
    assertThat(placement.validIn(placement.index("K3"), 2024)).isFalse();
    assertThat(placement.validIn(placement.index("K3"), 2025)).isTrue();
  }

  @Test
  void everyExitReasonHasARouteAndX1HasNone() {
    CodeList reasons = CodeLists.standard().reasonCeased;
    assertThat(ExitRoute.ofReason(reasons.index("E4A"))).isEqualTo(ExitRoute.RETURNED_HOME);
    assertThat(ExitRoute.ofReason(reasons.index("E12"))).isEqualTo(ExitRoute.ADOPTED);
    for (String sgo : new String[] {"E43", "E44", "E45", "E46", "E47", "E48"}) {
      assertThat(ExitRoute.ofReason(reasons.index(sgo))).isEqualTo(ExitRoute.SPECIAL_GUARDIANSHIP);
    }
    assertThat(ExitRoute.ofReason(reasons.index("E41"))).isEqualTo(ExitRoute.CHILD_ARRANGEMENTS_ORDER);
    assertThat(ExitRoute.ofReason(reasons.index("X1"))).isNull();
    assertThat(ExitRoute.ofReason(CodeList.BLANK)).isNull();
  }
}
