package uk.lacexplorer.episodes.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFormatTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"AB1 2CD, true", "A1 2CD, true", "A12 3CD, true", "AB12 3CD, true", "W1A 1AA, true", "EC1A 1BB, true",
      "AB12CD, true", "ab1 2cd, true", "NOWHERE, false", "AB1 2C, false", "1AB 2CD, false", "AB123 4CD, false",
      "ABC 1DE, false", "AB1  2CD, false"})
  void recognisesUkPostcodes(String text, boolean valid) {
    assertThat(TextFormat.POSTCODE.matches(text)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"123456, true", "1234567, true", "SC123456, true", "XXXXXXX, true", "XXXXXX, true", "ABC, false",
      "12345, false", "SC12345, false", "12345678, false", "XXXXXXXX, false"})
  void recognisesOfstedUrns(String text, boolean valid) {
    assertThat(TextFormat.URN.matches(text)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"A123456789012, true", "A12345678901B, true", "UN1, true", "UN10, true", "UN0, false", "UN11, false",
      "a123456789012, false", "A1234567890, false", "AB23456789012, false"})
  void recognisesUniquePupilNumbers(String text, boolean valid) {
    assertThat(TextFormat.UPN.matches(text)).isEqualTo(valid);
  }
}
