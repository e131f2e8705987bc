package uk.lacexplorer.web.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UploadNamesTest {

  @Test
  void savedNamesCannotEscapeTheUploadFolder() {
    assertThat(UploadRoutes.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(UploadRoutes.safeName("C:\\data\\CLA 2012.csv")).isEqualTo("CLA 2012.csv");
    assertThat(UploadRoutes.safeName("..")).isEqualTo("upload..");
    assertThat(UploadRoutes.safeName("a;b<c>.csv")).isEqualTo("a_b_c_.csv");
    assertThat(UploadRoutes.safeName(null)).isEqualTo("upload");
  }

  @Test
  void problemsShowTheChosenFileNameNotTheSavedCopy() {
    Path folder = Path.of("/tmp/lacx-upload123");
    assertThat(UploadRoutes.withoutFolder("/tmp/lacx-upload123/CLA.csv:4: bad", folder)).isEqualTo("CLA.csv:4: bad");
  }
}
