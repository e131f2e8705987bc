package uk.lacexplorer.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.lacexplorer.account.AccessPolicy.Decision;
import uk.lacexplorer.account.AccessPolicy.Need;
import uk.lacexplorer.account.AccessPolicy.Visitor;

/** The rules, one by one: who is let in, who is asked to identify, who is refused. */
class AccessPolicyTest {
  static final AccessPolicy POLICY = AccessPolicy.STANDARD;
  static final Account TORFAEN = new Account(1, "tor", Role.COORDINATOR, "W06000020", false);
  static final Account CARDIFF = new Account(2, "card", Role.COORDINATOR, "W06000015", false);
  static final Account VIEWER = new Account(3, "national", Role.VIEWER, null, false);
  static final Account ADMIN = new Account(4, "admin", Role.ADMIN, null, false);
  static final Account DISABLED = new Account(5, "gone", Role.COORDINATOR, "W06000020", true);

  @Test
  void routesNeedingAnAccountAskAnonymousVisitorsToSignInAndRefuseTheWrongRole() {
    assertThat(POLICY.decide(Need.PUBLIC, Visitor.ANONYMOUS)).isEqualTo(Decision.ALLOW);
    assertThat(POLICY.decide(Need.SIGNED_IN, Visitor.ANONYMOUS)).isEqualTo(Decision.IDENTIFY);
    assertThat(POLICY.decide(Need.COORDINATOR, Visitor.ANONYMOUS)).isEqualTo(Decision.IDENTIFY);
    assertThat(POLICY.decide(Need.SIGNED_IN, Visitor.signedIn(VIEWER))).isEqualTo(Decision.ALLOW);
    assertThat(POLICY.decide(Need.COORDINATOR, Visitor.signedIn(VIEWER))).isEqualTo(Decision.REFUSE);
    assertThat(POLICY.decide(Need.COORDINATOR, Visitor.signedIn(ADMIN))).isEqualTo(Decision.REFUSE);
    assertThat(POLICY.decide(Need.COORDINATOR, Visitor.signedIn(CARDIFF))).isEqualTo(Decision.ALLOW);
    assertThat(POLICY.decide(Need.ADMIN, Visitor.signedIn(ADMIN))).isEqualTo(Decision.ALLOW);
    assertThat(POLICY.decide(Need.ADMIN, Visitor.signedIn(TORFAEN))).isEqualTo(Decision.REFUSE);
    assertThat(POLICY.decide(Need.SIGNED_IN, Visitor.signedIn(DISABLED))).isEqualTo(Decision.IDENTIFY);
  }

  @Test
  void respondentsLocalCommandsAndSwitchedOffFeatures() {
    assertThat(POLICY.decide(Need.RESPONDENT, Visitor.signedIn(TORFAEN))).isEqualTo(Decision.IDENTIFY);
    assertThat(POLICY.decide(Need.RESPONDENT, new Visitor(null, true, false))).isEqualTo(Decision.ALLOW);
    assertThat(POLICY.decide(Need.LOCAL_PROCESS, Visitor.signedIn(ADMIN))).isEqualTo(Decision.REFUSE);
    assertThat(POLICY.decide(Need.LOCAL_PROCESS, new Visitor(null, false, true))).isEqualTo(Decision.ALLOW);
    assertThat(POLICY.decide(Need.NOBODY, Visitor.signedIn(ADMIN))).isEqualTo(Decision.REFUSE);
  }

  @Test
  void onlyTheAuthoritysCoordinatorManagesItsRecordsAndViewersReadOnlySharedClosedRounds() {
    assertThat(POLICY.mayManage(TORFAEN, "W06000020")).isTrue();
    assertThat(POLICY.mayManage(CARDIFF, "W06000020")).isFalse();
    assertThat(POLICY.mayManage(VIEWER, "W06000020")).isFalse();
    assertThat(POLICY.mayManage(ADMIN, "W06000020")).isFalse();
    assertThat(POLICY.mayManage(DISABLED, "W06000020")).isFalse();
    assertThat(POLICY.mayManage(null, "W06000020")).isFalse();
    assertThat(POLICY.mayReadResults(TORFAEN, "W06000020", false, false)).isTrue();
    assertThat(POLICY.mayReadResults(CARDIFF, "W06000020", true, true)).isFalse();
    assertThat(POLICY.mayReadResults(VIEWER, "W06000020", true, true)).isTrue();
    assertThat(POLICY.mayReadResults(VIEWER, "W06000020", true, false)).isFalse();
    assertThat(POLICY.mayReadResults(VIEWER, "W06000020", false, true)).isFalse();
    assertThat(POLICY.mayReadResults(ADMIN, "W06000020", true, true)).isFalse();
  }
}
