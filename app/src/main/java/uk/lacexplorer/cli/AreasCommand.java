package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;

@Command(name = "areas", mixinStandardHelpOptions = true,
    description = "List local authorities (and regions and nations) with their codes and names in English and Welsh.")
final class AreasCommand extends ReportCommand {
  @Option(names = "--nation", paramLabel = "wales|england", description = "Only this nation's areas.")
  String nation;

  @Option(names = "--all-types", description = "Include regions and nations, not only local authorities.")
  boolean allTypes;

  @Override
  protected Report report(Services services) {
    Nation wanted = nation == null ? null : Nation.parse(nation);
    List<List<Object>> rows = new ArrayList<>();
    for (Area area : services.store().areas().all()) {
      if (wanted != null && area.nation() != wanted) continue;
      if (!allTypes && area.type() != AreaType.LOCAL_AUTHORITY) continue;
      rows.add(java.util.Arrays.asList(area.code().value(), area.nameEn(), area.nameCy(), area.nation().id(),
          area.type().name().toLowerCase(java.util.Locale.ROOT), area.validFrom(), area.validTo(),
          String.join(";", area.successors().stream().map(AreaCode::value).toList())));
    }
    return Report.of(List.of("area_code", "name_en", "name_cy", "nation", "area_type", "valid_from", "valid_to",
        "successors"), rows, List.of(rows.size() + " areas."));
  }
}
