package uk.lacexplorer.account;

import java.util.Optional;
import java.util.function.Supplier;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;

/** Local authorities as the statistics store knows them (the shipped dataset's areas). */
public final class StoreAuthorities implements AuthorityDirectory {
  private final Supplier<AreaRegistry> areas;

  public StoreAuthorities(Supplier<AreaRegistry> areas) {
    this.areas = areas;
  }

  @Override
  public Optional<String> name(String code, boolean welsh) {
    if (code == null || !AreaCode.isCode(code)) return Optional.empty();
    return areas.get().find(new AreaCode(code)).filter(Area::isLocalAuthority).map(area -> area.name(welsh));
  }
}
