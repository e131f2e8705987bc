package uk.lacexplorer.imports.spend;

/**
 * One value column of a revenue outturn workbook: a service line and a column code, and the measure it becomes.
 *
 * @param service the service line as MHCLG names it, e.g. {@code Children's social care - Children Looked After}
 * @param code the column code: 3 for total (gross) expenditure (C3 = C1 + C2), 7 for net current expenditure
 *     (C7 = C3 − C6)
 * @param measure the LAC Explorer measure id, e.g. {@code spend_cla_gross}
 * @param optional whether a workbook without this column still imports (a breakdown line, such as residential care
 *     within children looked after, that a shortened or older workbook may leave out)
 */
public record OutturnColumn(String service, int code, String measure, boolean optional) {
  public OutturnColumn(String service, int code, String measure) {
    this(service, code, measure, false);
  }
}
