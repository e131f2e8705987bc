package uk.lacexplorer.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.i18n.UserError;

class AreaRegistryTest {
  static Area la(String code, String en, String cy, Integer from, Integer to) {
    return new Area(new AreaCode(code), en, cy, AreaCode.parse(code).nation(), AreaType.LOCAL_AUTHORITY, from, to, List.of(), null);
  }

  final AreaRegistry registry = new AreaRegistry(List.of(
      la("W06000016", "Rhondda Cynon Taf", "Rhondda Cynon Taf", null, null),
      la("W06000015", "Cardiff", "Caerdydd", null, null),
      la("E06000023", "Bristol", null, null, null),
      la("E10000009", "Dorset", null, null, 2019),
      la("E06000059", "Dorset", null, 2020, null)),
      Map.of("Rhondda Cynon Taff", new AreaCode("W06000016"), "Bristol, City of", new AreaCode("E06000023")));

  @Test
  void matchesNamesIgnoringCaseSpacingAndTrailingSpaces() {
    assertThat(registry.resolve("rhondda  cynon taf ", null).code().value()).isEqualTo("W06000016");
    assertThat(registry.resolve("Cardiff ", 2012).code().value()).isEqualTo("W06000015");
  }

  @Test
  void matchesAliasesWelshNamesAndBilingualLabels() {
    assertThat(registry.resolve("Rhondda Cynon Taff", null).code().value()).isEqualTo("W06000016");
    assertThat(registry.resolve("Bristol, City of", null).code().value()).isEqualTo("E06000023");
    assertThat(registry.resolve("Caerdydd", null).code().value()).isEqualTo("W06000015");
    assertThat(registry.resolve("Cardiff / Caerdydd", null).code().value()).isEqualTo("W06000015");
  }

  @Test
  void picksTheAreaInUseInTheYearWhenNamesAreShared() {
    assertThat(registry.resolve("Dorset", 2015).code().value()).isEqualTo("E10000009");
    assertThat(registry.resolve("Dorset", 2021).code().value()).isEqualTo("E06000059");
    assertThat(registry.resolve("Dorset", null).code().value()).isEqualTo("E06000059");
  }

  @Test
  void rejectsUnknownNamesWithTheValueInTheMessage() {
    assertThatThrownBy(() -> registry.resolve("Atlantis ", 2012))
        .isInstanceOf(UserError.class).hasMessageContaining("'Atlantis'");
  }

  @Test
  void codesAreValidatedAndNormalised() {
    assertThat(AreaCode.parse(" w06000020 ").value()).isEqualTo("W06000020");
    assertThatThrownBy(() -> AreaCode.parse("W0600002")).isInstanceOf(IllegalArgumentException.class);
  }
}
