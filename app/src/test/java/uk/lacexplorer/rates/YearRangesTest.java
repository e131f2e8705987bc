package uk.lacexplorer.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearRangesTest {
  @Test
  void collapsesRunsOfYears() {
    assertThat(YearRanges.describe(List.of(2003, 2004, 2005, 2010, 2012, 2013))).isEqualTo("2003\u20132005, 2010, 2012\u20132013");
    assertThat(YearRanges.describe(List.of())).isEmpty();
  }
}
