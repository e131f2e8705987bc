package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/**
 * The one mapper of DfE's statistical neighbours: one row per neighbour (rank, closeness band, rate); with a
 * comparison one row per authority in either set, saying which set holds it. The sentence for people is keyed
 * (bundle {@code peers}) and given in JSON as {@code summary_en} and {@code summary_cy}.
 */
public final class DfeNeighboursTable {
  public static final List<Column> COLUMNS = List.of(Column.whole("rank"), Column.text("area_code"),
      Column.text("area_name"), Column.text("closeness"), Column.rate("rate_per_10000"));
  public static final List<Column> COMPARE = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.text("in_need_set"), Column.text("dfe_rank"), Column.text("closeness"), Column.rate("rate_per_10000"));

  private DfeNeighboursTable() {
  }

  public static String band(Lang lang, int band) {
    return band < 1 || band > 5 ? "" : Messages.standard().lookup(lang, "peers.band." + band);
  }

  public static String summary(Lang lang, DfeNeighbours result) {
    Messages m = Messages.standard();
    String name = lang.welsh() ? result.areaNameCy() : result.areaName();
    String dfe = result.comparison() == null ? m.format(lang, "peers.summary.noRate", name, result.year())
        : m.format(lang, "peers.summary.dfe", name, NeedJson.text(result.ratePer10000(), 1), result.method().model(),
            NeedJson.text(result.comparison().median(), 1), NeedJson.text(result.comparison().minimum(), 1),
            NeedJson.text(result.comparison().maximum(), 1));
    if (result.need() == null) return dfe;
    return dfe + " " + m.format(lang, "peers.summary.compare", result.shared().size(), result.need().neighbours().size(),
        result.peers().size(), NeedJson.text(result.need().comparison().median(), 1),
        String.join(", ", result.need().covariates()));
  }

  public static Output output(DfeNeighbours result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", result.areaCode());
    json.put("area_name", result.areaName());
    json.put("year", result.year());
    json.put("measure", result.measure());
    json.put("method", result.method().id());
    json.put("rate_per_10000", result.ratePer10000());
    List<List<Object>> dfeRows = new ArrayList<>();
    for (DfeNeighbours.Peer peer : result.peers()) {
      dfeRows.add(Output.row(peer.rank(), peer.areaCode(), peer.areaName(), band(Lang.EN, peer.band()), peer.ratePer10000()));
    }
    json.put("dfe_neighbours", Output.objects(COLUMNS, dfeRows));
    json.put("dfe_median", result.comparison() == null ? null : result.comparison().median());
    json.put("summary_en", summary(Lang.EN, result));
    json.put("summary_cy", summary(Lang.CY, result));
    List<String> notes = List.of(summary(Lang.EN, result));
    if (result.need() == null) return new Output(COLUMNS, dfeRows, notes, json);
    Map<String, DfeNeighbours.Peer> dfe = new LinkedHashMap<>();
    result.peers().forEach(p -> dfe.put(p.areaCode(), p));
    Set<String> codes = new LinkedHashSet<>();
    result.need().neighbours().forEach(n -> codes.add(n.authority().code().value()));
    codes.addAll(dfe.keySet());
    Map<String, NeighbourSet.Neighbour> byNeed = new LinkedHashMap<>();
    result.need().neighbours().forEach(n -> byNeed.put(n.authority().code().value(), n));
    List<List<Object>> rows = new ArrayList<>();
    for (String code : codes) {
      DfeNeighbours.Peer peer = dfe.get(code);
      NeighbourSet.Neighbour near = byNeed.get(code);
      String name = near != null ? near.authority().name() : peer.areaName();
      Double rate = near != null ? near.authority().ratePer10000() : peer.ratePer10000();
      rows.add(Output.row(code, name, near != null ? "yes" : "no", peer == null ? "" : Integer.toString(peer.rank()),
          peer == null ? "" : band(Lang.EN, peer.band()), rate));
    }
    json.put("need_neighbours", result.need().neighbours().stream().map(n -> n.authority().code().value()).toList());
    json.put("need_covariates", result.need().covariates());
    json.put("need_median", result.need().comparison().median());
    json.put("shared", result.shared());
    return new Output(COMPARE, rows, notes, json);
  }
}
