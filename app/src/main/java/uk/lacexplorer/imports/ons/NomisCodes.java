package uk.lacexplorer.imports.ons;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.i18n.UserError;

/**
 * What the codes of Nomis table NM_2002_1 mean: {@code C_AGE} to single years of age and which {@code GENDER} is the
 * total. Read from the table's metadata JSON ({@code fields.C_AGE}: "Age 0" …, {@code fields.GENDER}: "Total"),
 * or Nomis's documented defaults (C_AGE 101–191 = ages 0–90, GENDER 0 = total) when no metadata is given.
 */
record NomisCodes(Map<String, Integer> ages, String totalGender) {
  private static final Pattern AGE = Pattern.compile("(?i)age (\\d+)\\+?");

  static NomisCodes defaults() {
    Map<String, Integer> ages = new HashMap<>();
    for (int age = 0; age <= 90; age++) ages.put(Integer.toString(101 + age), age);
    return new NomisCodes(ages, "0");
  }

  static NomisCodes fromMetadata(Path json) {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(json);
    } catch (RuntimeException e) {
      throw UserError.of(e, "error.import.nomisJson", json, e.getMessage());
    }
    JsonNode fields = root.path("fields");
    if (!fields.path("C_AGE").isObject() || !fields.path("GENDER").isObject()) {
      throw UserError.of("error.import.nomisFields", json);
    }
    Map<String, Integer> ages = new HashMap<>();
    for (var entry : fields.path("C_AGE").properties()) {
      Matcher matcher = AGE.matcher(entry.getValue().asString().strip());
      if (matcher.matches()) ages.put(entry.getKey(), Integer.valueOf(matcher.group(1)));
    }
    Optional<String> total = fields.path("GENDER").properties().stream()
        .filter(entry -> entry.getValue().asString().strip().equalsIgnoreCase("Total")).map(Map.Entry::getKey).findFirst();
    return new NomisCodes(ages, total.orElse("0"));
  }
}
