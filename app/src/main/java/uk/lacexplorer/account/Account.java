package uk.lacexplorer.account;

/** A local account; {@code authorityCode} is set for coordinators only. */
public record Account(long id, String username, Role role, String authorityCode, boolean disabled) {

  public boolean isCoordinatorOf(String authority) {
    return role == Role.COORDINATOR && authorityCode != null && authorityCode.equals(authority);
  }
}
