package uk.lacexplorer.area;

import java.util.List;
import java.util.Objects;

/**
 * A local authority, region or nation.
 *
 * @param validFrom first year (ending 31 March) for which the code is in use, or {@code null} when it always was
 * @param validTo last year for which the code is in use, or {@code null} when it still is
 * @param successors codes that replaced this one at a reorganisation (for example Northamptonshire 2021)
 * @param parent the region or nation the area lies in, or {@code null} for a nation
 */
public record Area(AreaCode code, String nameEn, String nameCy, Nation nation, AreaType type,
                   Integer validFrom, Integer validTo, List<AreaCode> successors, AreaCode parent) {
  public Area {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(nation, "nation");
    Objects.requireNonNull(type, "type");
    nameCy = nameCy == null || nameCy.isBlank() ? nameEn : nameCy;
    successors = List.copyOf(successors == null ? List.of() : successors);
  }

  public boolean validIn(int yearEnding31March) {
    return (validFrom == null || yearEnding31March >= validFrom) && (validTo == null || yearEnding31March <= validTo);
  }

  public String name(boolean welsh) {
    return welsh ? nameCy : nameEn;
  }

  public boolean isLocalAuthority() {
    return type == AreaType.LOCAL_AUTHORITY;
  }
}
