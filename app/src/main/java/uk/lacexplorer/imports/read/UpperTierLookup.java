package uk.lacexplorer.imports.read;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * District (LTLA) to upper-tier authority (UTLA) for one ONS lookup vintage, e.g. {@code lookup_ltla19_utla19.csv}.
 * A district code of another vintage is first carried to the lookup's vintage with {@code lookup_ltla_ltla.csv}
 * (when given): forwards through mergers (St Albans E07000240 → E07000240, Bournemouth E06000028 → E06000058) and
 * backwards when all of a new district's predecessors lie in one authority (North Northamptonshire E06000061 →
 * Northamptonshire E10000021 in the 2020 lookup). Districts before the 2019 Dorset reorganisation are handled by
 * {@link FormerDistricts}.
 */
public final class UpperTierLookup {
  private static final Pattern VINTAGE = Pattern.compile("(?:ltla|lad_?)(\\d\\d)_?(?:code|cd)", Pattern.CASE_INSENSITIVE);
  private final Map<String, String> upperTier = new HashMap<>();
  private final Map<String, Set<String>> equivalents = new HashMap<>();
  private final Map<String, String> codeOfName = new HashMap<>();
  private final String vintage;

  private UpperTierLookup(String vintage) {
    this.vintage = vintage;
  }

  public static UpperTierLookup load(Path lookup, Optional<Path> districtChanges) {
    List<Map<String, String>> rows = LookupFiles.read(lookup);
    String districtColumn = LookupFiles.column(lookup, rows, "ltla", "lad");
    String upperColumn = LookupFiles.column(lookup, rows, "utla", "county");
    Matcher matcher = VINTAGE.matcher(districtColumn);
    UpperTierLookup result = new UpperTierLookup(matcher.matches() ? matcher.group(1) : "");
    for (Map<String, String> row : rows) result.upperTier.put(row.get(districtColumn), row.get(upperColumn));
    districtChanges.ifPresent(changes -> result.readChanges(changes));
    return result;
  }

  private void readChanges(Path changes) {
    String target = "ltla" + vintage + "_code";
    for (Map<String, String> row : LookupFiles.read(changes)) {
      String inVintage = row.get(target);
      if (inVintage == null) return;
      for (var entry : row.entrySet()) {
        if (!entry.getKey().endsWith("_code")) continue;
        equivalents.computeIfAbsent(entry.getValue(), key -> new TreeSet<>()).add(inVintage);
        String name = row.get(entry.getKey().replace("_code", "_name"));
        if (name != null) codeOfName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), entry.getValue());
      }
    }
  }

  /** The code of a district named in the district-changes lookup (any vintage), e.g. "Aylesbury Vale" → E07000004. */
  public Optional<String> districtNamed(String name) {
    return Optional.ofNullable(codeOfName.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
  }

  /** The upper-tier authority the district lies in, in this lookup's vintage; empty when unknown or ambiguous. */
  public Optional<String> upperTierOf(String district) {
    String direct = upperTier.get(district);
    if (direct != null) return Optional.of(direct);
    Set<String> found = new TreeSet<>();
    for (String equivalent : equivalents.getOrDefault(district, Set.of())) {
      String authority = upperTier.get(equivalent);
      if (authority != null) found.add(authority);
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }
}
