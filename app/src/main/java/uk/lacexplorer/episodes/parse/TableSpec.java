package uk.lacexplorer.episodes.parse;

import java.util.List;

/**
 * One SSDA903 table: its id (as used in findings), the file name in an authority's folder, whether the folder must
 * hold it, and its columns in the DfE order (files may order them differently and add others).
 */
public record TableSpec(String id, String fileName, boolean required, List<ColumnSpec> columns) {
  public TableSpec {
    columns = List.copyOf(columns);
  }

  public int column(String name) {
    for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(name)) return i;
    throw new IllegalArgumentException(id + " has no column " + name);
  }

  public List<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).toList();
  }
}
