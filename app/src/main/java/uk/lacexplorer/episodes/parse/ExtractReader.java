package uk.lacexplorer.episodes.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.lacexplorer.i18n.UserError;

/**
 * Finds and reads SSDA903 folders. A folder holding {@code header.csv} and {@code episodes.csv} is one authority
 * (its code is the folder name unless given); a folder of such folders is a national extract.
 */
public final class ExtractReader {
  private final TableReader reader;

  public ExtractReader(Dates dates) {
    this.reader = new TableReader(dates);
  }

  /** The authority folders under {@code dir}: itself when it holds an authority's tables, else its sub-folders that do. */
  public static List<Path> authorityFolders(Path dir) {
    if (!Files.isDirectory(dir)) throw UserError.of("error.extract.noFolder", dir);
    if (isAuthorityFolder(dir)) return List.of(dir);
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries.filter(Files::isDirectory).filter(ExtractReader::isAuthorityFolder).sorted().forEach(folders::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (folders.isEmpty()) {
      throw UserError.of("error.extract.noTables", dir);
    }
    return folders;
  }

  private static boolean isAuthorityFolder(Path dir) {
    return Files.isRegularFile(dir.resolve(Tables.EPISODES.fileName()))
        || Files.isRegularFile(dir.resolve(Tables.HEADER.fileName()));
  }

  /** Reads one authority's folder: header and episodes must be there, the other tables are read when present. */
  public Extract read(Path folder, String laCode) {
    return read(folder, laCode, Tables.ALL);
  }

  /** As {@link #read(Path, String)}, reading only the tables given (the required ones must be among them). */
  public Extract read(Path folder, String laCode, List<TableSpec> specs) {
    ChildIndex children = new ChildIndex();
    Map<TableSpec, TableData> tables = new LinkedHashMap<>();
    for (TableSpec spec : specs) {
      Path file = folder.resolve(spec.fileName());
      if (!Files.isRegularFile(file)) {
        if (spec.required()) {
          throw UserError.of("error.extract.tableMissing", folder, spec.fileName());
        }
        continue;
      }
      if (!spec.required() && !TableReader.nonEmpty(file)) continue;
      tables.put(spec, reader.read(file, spec, children));
    }
    return new Extract(laCode == null ? folder.getFileName().toString() : laCode, folder, children, tables);
  }
}
