package uk.lacexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mutations and numerals of {@link Welsh}, against forms from a Welsh grammar. */
class WelshTest {
  @Test
  void softMutation() {
    assertThat(Welsh.soft("cyfradd Cymru")).isEqualTo("gyfradd Cymru");
    assertThat(Welsh.soft("Caerdydd")).isEqualTo("Gaerdydd");
    assertThat(Welsh.soft("Bro Morgannwg")).isEqualTo("Fro Morgannwg");
    assertThat(Welsh.soft("Gwynedd")).isEqualTo("Wynedd");
    assertThat(Welsh.soft("Powys")).isEqualTo("Bowys");
    assertThat(Welsh.soft("Tor-faen")).isEqualTo("Dor-faen");
    assertThat(Welsh.soft("Llanelli")).isEqualTo("Lanelli");
    assertThat(Welsh.soft("Rhondda Cynon Taf")).isEqualTo("Rondda Cynon Taf");
    assertThat(Welsh.soft("Merthyr Tudful")).isEqualTo("Ferthyr Tudful");
    assertThat(Welsh.soft("dinas")).isEqualTo("ddinas");
    assertThat(Welsh.soft("Abertawe")).isEqualTo("Abertawe");
  }

  @Test
  void predicativeYnMutatesSoftlyExceptLlAndRh() {
    assertThat(Welsh.afterYn("tebyg")).isEqualTo("yn debyg");
    assertThat(Welsh.afterYn("cyson")).isEqualTo("yn gyson");
    assertThat(Welsh.afterYn("llai")).isEqualTo("yn llai");
    assertThat(Welsh.afterYn("rhesymol")).isEqualTo("yn rhesymol");
    assertThat(Welsh.afterYn("uwch")).isEqualTo("yn uwch");
  }

  @Test
  void naTakesTheAspirateMutationAndNagBeforeAVowel() {
    assertThat(Welsh.afterNa("cyfradd Cymru")).isEqualTo("na chyfradd Cymru");
    assertThat(Welsh.afterNa("pump")).isEqualTo("na phump");
    assertThat(Welsh.afterNa("tri")).isEqualTo("na thri");
    assertThat(Welsh.afterNa("un")).isEqualTo("nag un");
    assertThat(Welsh.afterNa("dau")).isEqualTo("na dau");
    assertThat(Welsh.naNumber(1)).isEqualTo("nag un");
    assertThat(Welsh.naNumber(3)).isEqualTo("na thri");
    assertThat(Welsh.naNumber(4)).isEqualTo("na phedwar");
    assertThat(Welsh.naNumber(8)).isEqualTo("nag wyth");
  }

  @Test
  void aWelshPlaceTakesTheNasalMutationAfterYn() {
    assertThat(Welsh.in("Caerdydd", true)).isEqualTo("yng Nghaerdydd");
    assertThat(Welsh.in("Cymru", true)).isEqualTo("yng Nghymru");
    assertThat(Welsh.in("Powys", true)).isEqualTo("ym Mhowys");
    assertThat(Welsh.in("Tor-faen", true)).isEqualTo("yn Nhor-faen");
    assertThat(Welsh.in("Gwynedd", true)).isEqualTo("yng Ngwynedd");
    assertThat(Welsh.in("Bro Morgannwg", true)).isEqualTo("ym Mro Morgannwg");
    assertThat(Welsh.in("Merthyr Tudful", true)).isEqualTo("ym Merthyr Tudful");
    assertThat(Welsh.in("Rhondda Cynon Taf", true)).isEqualTo("yn Rhondda Cynon Taf");
    assertThat(Welsh.in("Abertawe", true)).isEqualTo("yn Abertawe");
    assertThat(Welsh.in("Birmingham", false)).isEqualTo("yn Birmingham");
  }

  @Test
  void yearsTakeFeminineNumeralsAndMutate() {
    assertThat(Welsh.years(2)).isEqualTo("dwy flynedd");
    assertThat(Welsh.years(3)).isEqualTo("tair blynedd");
    assertThat(Welsh.years(5)).isEqualTo("pum mlynedd");
    assertThat(Welsh.years(10)).isEqualTo("deng mlynedd");
  }
}
