package uk.lacexplorer.episodes.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuthoritiesTest {
  @Test
  void sharesANationalNumberOfChildrenInProportionWithoutOverflow() {
    Authorities authorities = Authorities.share(155, 2_000_000);
    assertThat(authorities.codes()).hasSize(155).doesNotHaveDuplicates();
    assertThat(Arrays.stream(authorities.children()).sum()).isEqualTo(2_000_000);
    // Hartlepool (weight 330 of 84,190 in the resource) gets its share, within one child of rounding.
    int hartlepool = authorities.codes().indexOf("E06000001");
    assertThat((double) authorities.children()[hartlepool]).isCloseTo(2_000_000 * 330.0 / 84_190,
        org.assertj.core.data.Offset.offset(1.0));
    assertThat(Arrays.stream(authorities.children()).min().getAsLong()).isPositive();
  }
}
