package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.application.Application;

/** Requests the data cannot carry end with exit code 2 and one line saying why. */
class NeedBadInputTest {
  @TempDir
  Path folder;

  @Test
  void missingCovariatesNameTheAuthorities() {
    try (Application services = NeedFixture.services(folder, row -> true, false, List.of())) {
      assertOneLine(NeedFixture.run(services, "model", "--nation", "wales", "--year", "2012", "--covariates",
          NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT), "lone_parent_households_pct has no 2015 value for 1 of 22 authorities: Powys");
    }
  }

  @Test
  void skipMissingLeavesThoseAuthoritiesOutAndListsThem() {
    try (Application services = NeedFixture.services(folder, row -> true, false, List.of())) {
      NeedFixture.Run run = NeedFixture.run(services, "model", "--nation", "wales", "--year", "2012", "--covariates",
          NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT, "--skip-missing");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("Left out for want of a covariate: Powys.").contains("for 21 authorities")
          .doesNotContain("W06000023");
    }
  }

  @Test
  void moreCovariatesThanOnePerFiveAuthoritiesIsRefused() {
    try (Application services = NeedFixture.services(folder, row -> row.code().compareTo("W06000011") < 0, true, List.of())) {
      assertOneLine(NeedFixture.run(services, "model", "--nation", "wales", "--year", "2012", "--covariates",
          NeedFixture.WIMD + "," + NeedFixture.LONE_PARENT), "2 need factors are too many for 9 authorities");
    }
  }

  @Test
  void bothNationsRefuseAWithinNationIndex() {
    try (Application services = NeedFixture.services(folder)) {
      assertOneLine(NeedFixture.run(services, "model", "--nation", "both", "--year", "2012", "--covariates", NeedFixture.WIMD),
          "WIMD ranks areas only within one nation");
    }
  }

  @Test
  void otherBadRequests() {
    try (Application services = NeedFixture.services(folder)) {
      assertOneLine(NeedFixture.run(services, "model", "--nation", "wales", "--year", "2012", "--covariates", "nonsense"),
          "unknown measure 'nonsense'");
      assertOneLine(NeedFixture.run(services, "model", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD,
          "--family", "gamma"), "unknown --family 'gamma'");
      assertOneLine(NeedFixture.run(services, "model", "--nation", "wales", "--year", "2012", "--covariates", NeedFixture.WIMD,
          "--covariate-year", "2019"), "has no values for 2019: years with data are 2011");
      assertOneLine(NeedFixture.run(services, "model", "--nation", "wales", "--year", "2012"), "name at least one need factor with --covariates");
      assertOneLine(NeedFixture.run(services, "neighbours", "--area", "Torfaen", "--k", "30", "--covariates", NeedFixture.WIMD,
          "--year", "2012"), "--k must lie between 1 and 21");
      assertOneLine(NeedFixture.run(services, "neighbours", "--area", "Atlantis", "--covariates", NeedFixture.WIMD,
          "--year", "2012"), "unknown area 'Atlantis'");
      assertOneLine(NeedFixture.run(services, "neighbours", "--area", "Torfaen", "--covariates", NeedFixture.WIMD,
          "--distance", "weighted", "--year", "2012"), "needs --weights");
      assertOneLine(NeedFixture.run(services, "clusters", "--year", "2012", "--covariates", NeedFixture.WIMD, "--k", "lots"),
          "--k: 'lots' is not a whole number");
      assertOneLine(NeedFixture.run(services, "decompose", "--area", "Torfaen", "--year", "2012", "--covariates", NeedFixture.WIMD),
          "Torfaen has no children_started_looked_after for 2012");
      assertOneLine(NeedFixture.run(services, "model", "--nation", "wales", "--year", "2019", "--covariates", NeedFixture.WIMD),
          "no children_looked_after for Wales in 2019");
    }
  }

  private static void assertOneLine(NeedFixture.Run run, String expected) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err()).contains(expected);
    assertThat(run.err().strip().lines().count()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception");
  }
}
