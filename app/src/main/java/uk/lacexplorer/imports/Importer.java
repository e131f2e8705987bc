package uk.lacexplorer.imports;

import java.nio.file.Path;

/**
 * Reads one kind of official file into observations, without writing anything. An importer collects every problem it
 * finds (file, line, column, value) rather than stopping at the first, and returns either everything or nothing.
 */
public interface Importer {

  /** The kind as typed in {@code ./lacx import KIND FILE}, e.g. {@code statswales-cla}. */
  String kind();

  /** One line for {@code ./lacx import --help}. */
  String description();

  ImportResult read(Path file, ImportContext context);
}
