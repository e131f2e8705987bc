package uk.lacexplorer.episodes.parse;

import java.nio.file.Path;
import java.util.Map;

/**
 * One authority's SSDA903 tables as read from its folder. Tables the folder does not hold are present but empty
 * ({@link TableData#isPresent()} false). Read-only once built.
 *
 * @param laCode the authority's code as given (the folder name unless set)
 * @param folder the folder read
 * @param children the child numbering shared by every table
 */
public record Extract(String laCode, Path folder, ChildIndex children, Map<TableSpec, TableData> tables) {
  public Extract {
    // Specs are constants: look them up by identity, not by their (long) record hash.
    tables = java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(tables));
  }

  public TableData table(TableSpec spec) {
    TableData data = tables.get(spec);
    return data == null ? TableData.empty(spec) : data;
  }

  public TableData header() {
    return table(Tables.HEADER);
  }

  public TableData episodes() {
    return table(Tables.EPISODES);
  }
}
