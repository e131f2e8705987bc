package uk.lacexplorer.account;

import java.util.Arrays;
import java.util.stream.Collectors;
import uk.lacexplorer.i18n.UserError;

/** What an account may do. A coordinator belongs to exactly one authority; the others to none. */
public enum Role {
  /** Manages authorities' coordinators. */
  ADMIN("admin"),
  /** Runs self-evaluation rounds for one authority. */
  COORDINATOR("coordinator"),
  /** A regional or national body: sees only rounds authorities shared, and only aggregated. */
  VIEWER("viewer");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Role parse(String text) {
    return Arrays.stream(values()).filter(role -> role.id.equalsIgnoreCase(text == null ? "" : text.strip()))
        .findFirst().orElseThrow(() -> UserError.of("error.account.role", text,
            Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "))));
  }
}
