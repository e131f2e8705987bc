package uk.lacexplorer.selfeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.i18n.UserError;

/** The shipped framework and the checks an adapted framework must pass. */
class FrameworkJsonTest {
  final Framework standard = FrameworkJson.standard();

  @Test
  void standardFrameworkHasTheResearchsTwentyThreeCharacteristicsInFiveThemes() {
    assertThat(standard.themes()).extracting(Framework.Theme::id).containsExactly("A", "B", "C", "D", "E");
    assertThat(standard.characteristics()).extracting(Framework.Characteristic::id).containsExactly(
        "A1", "A2", "A3", "A4", "A5", "A6", "A7", "B1", "B2", "B3", "B4", "B5", "B6",
        "C1", "C2", "C3", "C4", "C5", "D1", "D2", "D3", "E1", "E2");
    assertThat(standard.key()).isEqualTo("awhcs-2013 v1");
    assertThat(standard.creditEn()).contains("All Wales Heads of Children's Services")
        .contains("Research on differences in the looked after children population").contains("May 2013");
    assertThat(standard.creditCy()).contains("Mai 2013");
  }

  @Test
  void everyTextHasDistinctEnglishAndWelsh() {
    for (Framework.Characteristic item : standard.characteristics()) {
      assertThat(item.textCy()).as(item.id()).isNotBlank().isNotEqualTo(item.textEn());
    }
    for (Framework.Theme theme : standard.themes()) {
      assertThat(theme.titleCy()).as(theme.id()).isNotEqualTo(theme.titleEn());
    }
    assertThat(standard.groups()).allSatisfy(group -> assertThat(group.labelCy()).isNotEqualTo(group.labelEn()));
  }

  @Test
  void scaleIsFourRatedPointsAndDontKnow() {
    assertThat(standard.scale()).extracting(Framework.ScalePoint::id)
        .containsExactly("not_in_place", "emerging", "established", "embedded", "dont_know");
    assertThat(standard.levels()).isEqualTo(4);
    assertThat(standard.point(3).labelCy()).isEqualTo("Wedi'i sefydlu");
    assertThat(standard.scalePoint("dont_know").orElseThrow().rated()).isFalse();
  }

  @Test
  void writingAndReadingGivesTheSameFramework() {
    assertThat(FrameworkJson.parse(FrameworkJson.write(standard), "round trip")).isEqualTo(standard);
  }

  @Test
  void rejectsAdaptedFrameworksThatWouldBreakComparison() {
    String json = FrameworkJson.write(standard);
    assertProblem(json.replace("\"id\" : \"A2\"", "\"id\" : \"A1\""), "characteristic id 'A1'");
    assertProblem(json.replace("\"id\" : \"B3\"", "\"id\" : \"C9\""), "must be the theme letter");
    assertProblem(json.replace("\"text_cy\" : \"Mae gwaith achos", "\"text_xx\" : \"Mae gwaith achos"), "characteristic C4 needs Welsh text");
    assertProblem(json.replace("\"level\" : 3", "\"level\" : 5"), "without gaps");
    assertProblem(json.replace("\"version\" : 1", "\"version\" : 0"), "version must be 1 or more");
    assertProblem("{ not json", "not a valid framework document");
  }

  private static void assertProblem(String json, String message) {
    assertThatThrownBy(() -> FrameworkJson.parse(json, "adapted.json")).isInstanceOf(UserError.class)
        .hasMessageStartingWith("adapted.json").hasMessageContaining(message);
  }

  @Test
  void groupsIncludeTheStakeholdersTheResearchHeardFrom() {
    List<String> ids = standard.groups().stream().map(Framework.StakeholderGroup::id).toList();
    assertThat(ids).contains("senior_leaders", "elected_members", "social_work", "early_help", "quality_assurance",
        "legal", "courts_cafcass", "police", "health", "education", "voluntary");
  }
}
