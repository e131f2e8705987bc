package uk.lacexplorer.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.testing.TestData;

/** The areas and aliases of the committed dataset, as built from the ONS lookups and the curated tables. */
class ShippedAreasTest {
  private final AreaRegistry areas = TestData.areas();

  @Test
  void walesHasIts22AuthoritiesWithWelshNames() {
    List<Area> welsh = areas.localAuthorities(Nation.WALES, 2012);
    assertThat(welsh).hasSize(22).allMatch(area -> area.parent().equals(Nation.WALES.countryCode()));
    assertThat(areas.get(new AreaCode("W06000001")).nameCy()).isEqualTo("Ynys Môn");
    assertThat(areas.get(new AreaCode("W06000020")).nameCy()).isEqualTo("Tor-faen");
    assertThat(areas.get(Nation.WALES.countryCode()).nameCy()).isEqualTo("Cymru");
    assertThat(areas.get(Nation.ENGLAND.countryCode()).nameCy()).isEqualTo("Lloegr");
  }

  @Test
  void englandHasTheUpperTierAuthoritiesOfEachYear() {
    // 2019 lookup: 151 authorities, but Bournemouth, Poole and Dorset county (not BCP and Dorset) held 31 March 2019.
    assertThat(areas.localAuthorities(Nation.ENGLAND, 2019)).hasSize(152)
        .extracting(area -> area.code().value()).contains("E06000028", "E06000029", "E10000009", "E10000021")
        .doesNotContain("E06000058", "E06000059", "E06000061");
    assertThat(areas.localAuthorities(Nation.ENGLAND, 2020)).hasSize(151);
    assertThat(areas.localAuthorities(Nation.ENGLAND, 2022)).hasSize(152);
    assertThat(areas.localAuthorities(Nation.ENGLAND, 2024)).hasSize(153);
    assertThat(areas.get(new AreaCode("E10000021")).successors())
        .containsExactly(new AreaCode("E06000061"), new AreaCode("E06000062"));
    assertThat(areas.localAuthorities(Nation.ENGLAND)).allSatisfy(area ->
        assertThat(areas.get(area.parent()).type()).isEqualTo(AreaType.REGION));
  }

  @Test
  void namesResolveThroughAliasesBilingualLabelsAndYears() {
    assertThat(areas.resolve("Rhondda, Cynon, Taff", null).code().value()).isEqualTo("W06000016");
    assertThat(areas.resolve("The Vale of Glamorgan ", null).code().value()).isEqualTo("W06000014");
    assertThat(areas.resolve("Cardiff / Caerdydd", null).code().value()).isEqualTo("W06000015");
    assertThat(areas.resolve("All Welsh local authorities", null).code().value()).isEqualTo("W92000004");
    assertThat(areas.resolve("Bristol, City of", null).code().value()).isEqualTo("E06000023");
    assertThat(areas.resolve("Durham", null).code().value()).isEqualTo("E06000047");
    assertThat(areas.resolve("Dorset", 2018).code().value()).isEqualTo("E10000009");
    assertThat(areas.resolve("Dorset", 2021).code().value()).isEqualTo("E06000059");
  }

  @Test
  void oldCodesOfUnchangedAreasResolveToTheCurrentCode() {
    assertThat(areas.resolve("E08000020", 2012).code().value()).isEqualTo("E08000037");
    assertThat(areas.resolve("E06000048", 2012).code().value()).isEqualTo("E06000057");
    assertThat(areas.resolve("E10000002", 2019).code().value()).isEqualTo("E06000060");
    assertThat(areas.find(new AreaCode("E08000020"))).isEmpty();
  }

  @Test
  void anUnknownNameIsAnErrorNamingIt() {
    assertThatThrownBy(() -> areas.resolve("Atlantis", 2012)).isInstanceOf(UserError.class).hasMessageContaining("'Atlantis'");
    assertThatThrownBy(() -> areas.resolve("E06000999", 2012)).isInstanceOf(UserError.class);
  }
}
