package uk.lacexplorer.imports.spend;

import java.util.List;

/**
 * What one MHCLG revenue outturn workbook holds: its import kind, the data sheet, the columns read and the measures
 * they become, and the publication it comes from.
 *
 * @param kind the import kind, e.g. {@code mhclg-ro3}
 * @param description one line for {@code ./lacx import --help}
 * @param sheetPrefix the start of the data sheet's name, e.g. {@code RO3_LA_Data}
 * @param sourceStem the stem of the source id (the period is added)
 * @param title the publication's title in words
 * @param columns the value columns read (others are left alone)
 */
public record OutturnSpec(String kind, String description, String sheetPrefix, String sourceStem, String title,
                          List<OutturnColumn> columns) {
  public OutturnSpec {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) throw new IllegalArgumentException("an outturn workbook needs at least one column");
  }
}
