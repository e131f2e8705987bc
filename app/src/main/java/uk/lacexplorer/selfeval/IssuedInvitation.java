package uk.lacexplorer.selfeval;

/** A new invitation with its secret token, which exists only here: show or export it now, it cannot be shown again. */
public record IssuedInvitation(Invitation invitation, String token) {
  /** The link path a respondent opens. */
  public String path() {
    return "/selfeval/respond/" + token;
  }
}
