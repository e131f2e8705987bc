package uk.lacexplorer.imports.deprivation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.read.LookupFiles;

/**
 * Which authority each LSOA lies in, from an ONS LSOA lookup: its district code column when it has one
 * ({@code lookup_lsoa11_ltla21.csv}), otherwise the authority name that starts every LSOA name
 * ("Rhondda, Cynon, Taff 001A" in {@code lookup_lsoa01_lsoa11.csv}).
 */
final class LsoaAuthorities {
  private final Map<String, String> authority = new HashMap<>();

  static LsoaAuthorities load(Path lookup, String lsoaColumn) {
    List<Map<String, String>> rows = LookupFiles.read(lookup);
    if (rows.isEmpty() || !rows.get(0).containsKey(lsoaColumn)) {
      throw UserError.of("error.import.lsoaColumn", lookup, lsoaColumn);
    }
    String district = rows.get(0).keySet().stream().filter(name -> name.matches("(ltla|lad)\\d*_?code")).findFirst().orElse(null);
    String nameColumn = lsoaColumn.replace("_code", "_name");
    LsoaAuthorities result = new LsoaAuthorities();
    for (Map<String, String> row : rows) {
      String text = district != null ? row.get(district) : row.getOrDefault(nameColumn, "").replaceAll("\\s+\\d{3}[A-Z]$", "");
      result.authority.putIfAbsent(row.get(lsoaColumn), text);
    }
    return result;
  }

  /** The district code or authority name of an LSOA, if the lookup has it. */
  Optional<String> of(String lsoa) {
    return Optional.ofNullable(authority.get(lsoa));
  }
}
