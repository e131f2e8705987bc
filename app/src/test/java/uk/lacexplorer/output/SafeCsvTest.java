package uk.lacexplorer.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeCsvTest {
  @Test
  void neutralisesTextThatASpreadsheetWouldRun() {
    assertThat(SafeCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(SafeCsv.cell("+1")).isEqualTo("'+1");
    assertThat(SafeCsv.cell("-cmd")).isEqualTo("'-cmd");
    assertThat(SafeCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SafeCsv.cell("\tx")).isEqualTo("'\tx");
  }

  @Test
  void leavesNumbersAndOrdinaryTextAlone() {
    assertThat(SafeCsv.cell(-2.5)).isEqualTo("-2.5");
    assertThat(SafeCsv.cell(5720.0)).isEqualTo("5720");
    assertThat(SafeCsv.cell("Torfaen")).isEqualTo("Torfaen");
    assertThat(SafeCsv.cell(null)).isEmpty();
  }
}
