package uk.lacexplorer.imports.spend;

import java.util.List;
import uk.lacexplorer.imports.Importer;

/**
 * The importers of children's services spend: MHCLG revenue outturn RO3 (children looked after) and RSX (all
 * children's social care), and DfE section 251 outturn (children looked after, 2008-09 to 2013-14).
 */
public final class SpendImporters {
  private SpendImporters() {
  }

  public static List<OutturnSpec> specs() {
    return List.of(
        new OutturnSpec("mhclg-ro3", "MHCLG revenue outturn RO3 *.ods (social care by line): spend on children looked after, gross and net",
            "RO3", "mhclg_ro3", "Revenue outturn RO3 (social care and public health): children looked after", List.of(
                new OutturnColumn("Children's social care - Children Looked After", 3, "spend_cla_gross"),
                new OutturnColumn("Children's social care - Children Looked After", 7, "spend_cla_net"),
                new OutturnColumn("Children's social care - Children Looked After of which residential care", 3,
                    "spend_cla_residential_gross", true),
                new OutturnColumn("Children's social care - Children Looked After of which fostering services", 3,
                    "spend_cla_fostering_gross", true))),
        new OutturnSpec("mhclg-rsx", "MHCLG revenue outturn RSX *.ods (service expenditure summary): spend on children's social care, gross and net",
            "RSX", "mhclg_rsx", "Revenue outturn RSX (service expenditure summary): children's social care", List.of(
                new OutturnColumn("Children Social Care", 3, "spend_csc_gross"),
                new OutturnColumn("Children Social Care", 7, "spend_csc_net"))));
  }

  public static List<Importer> all() {
    List<Importer> all = new java.util.ArrayList<>(specs().stream().<Importer>map(RevenueOutturnImporter::new).toList());
    all.add(new S251OutturnImporter());
    return List.copyOf(all);
  }
}
