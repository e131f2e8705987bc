package uk.lacexplorer.imports;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.measure.MeasureCatalogue;

/**
 * What an importer may use besides its file: the known areas (names must resolve to them), the measures, and named
 * options such as {@code lookup=FILE} for a district-to-authority lookup or {@code year=2012} when the file does not
 * say.
 */
public record ImportContext(AreaRegistry areas, MeasureCatalogue measures, Map<String, String> options) {
  public ImportContext {
    options = Map.copyOf(options);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public Optional<Path> pathOption(String name) {
    return option(name).map(Path::of);
  }
}
