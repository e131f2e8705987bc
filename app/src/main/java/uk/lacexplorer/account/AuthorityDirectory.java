package uk.lacexplorer.account;

import java.util.Optional;

/** Which local authorities exist, and their names in English and Welsh. */
public interface AuthorityDirectory {
  /** The authority's name, if {@code code} is a local authority. */
  Optional<String> name(String code, boolean welsh);

  default boolean exists(String code) {
    return name(code, false).isPresent();
  }
}
