package uk.lacexplorer.imports.read;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The districts of the authorities abolished by the 2019 Dorset reorganisation (Bournemouth, Poole and Dorset
 * county), curated in {@code /areas/districts_before_2019.csv}: no ONS lookup in the raw data holds them. Used for
 * periods before April 2019.
 */
public final class FormerDistricts {
  public static final int FIRST_YEAR_AFTER = 2019;
  private static final FormerDistricts INSTANCE = load();
  private final Map<String, String> byCode = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();

  private FormerDistricts() {
  }

  public static FormerDistricts get() {
    return INSTANCE;
  }

  private static FormerDistricts load() {
    FormerDistricts districts = new FormerDistricts();
    try (var in = FormerDistricts.class.getResourceAsStream("/areas/districts_before_2019.csv");
         CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord row : reader) {
        districts.byCode.put(row.getField("ltla_code"), row.getField("utla_code"));
        districts.byName.put(row.getField("ltla_name").toLowerCase(java.util.Locale.ROOT), row.getField("utla_code"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return districts;
  }

  /** The pre-2019 authority of a district code (e.g. Christchurch E07000048 → Dorset county E10000009). */
  public Optional<String> byCode(String district) {
    return Optional.ofNullable(byCode.get(district));
  }

  /** The pre-2019 authority of a 2011 district name, e.g. from an LSOA name such as "Purbeck 003A". */
  public Optional<String> byName(String district) {
    return Optional.ofNullable(byName.get(district.toLowerCase(java.util.Locale.ROOT)));
  }
}
