package uk.lacexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.UserError;

class ReportRequestTest {
  @Test
  void theFormatComesFromTheFilesExtension() {
    assertThat(ReportRequest.forFile("Cardiff", null, null, "board.PDF").format()).isEqualTo(ReportFormat.PDF);
    assertThat(ReportRequest.forFile("Cardiff", "2018", "cy", "board.html").format()).isEqualTo(ReportFormat.HTML);
    ReportRequest request = ReportRequest.forFile(" Cardiff ", "2018", "cy", "b.htm");
    assertThat(request.area()).isEqualTo("Cardiff");
    assertThat(request.year()).isEqualTo(2018);
    assertThat(request.lang()).isEqualTo(Lang.CY);
    assertThat(ReportRequest.parse("Cardiff", null, null, null).lang()).isEqualTo(Lang.EN);
  }

  @Test
  void badOptionsAreUserErrorsWithTheirKeys() {
    assertThatThrownBy(() -> ReportRequest.forFile("Cardiff", null, null, "board.docx"))
        .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("error.report.extension"));
    assertThatThrownBy(() -> ReportRequest.parse("Cardiff", null, "fr", "pdf"))
        .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("error.report.lang"));
    assertThatThrownBy(() -> ReportRequest.parse("Cardiff", null, null, "docx"))
        .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("error.report.format"));
    assertThatThrownBy(() -> ReportRequest.parse("Cardiff", "1066", null, null))
        .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("error.report.yearRange"));
    assertThatThrownBy(() -> ReportRequest.parse(" ", null, null, null)).isInstanceOf(UserError.class);
  }
}
