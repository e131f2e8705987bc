package uk.lacexplorer.need;

import java.util.Locale;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/** How statistical neighbours are chosen: on need (LAC Explorer's, the default) or DfE's published groups. */
public enum PeerMethod {
  NEED(0), DFE_2021(2021), DFE_2025(2025);

  private final int model;

  PeerMethod(int model) {
    this.model = model;
  }

  /** The year of DfE's model (0 for need). */
  public int model() {
    return model;
  }

  public boolean dfe() {
    return model > 0;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The method as typed ({@code need}, {@code dfe-2021}, {@code dfe-2025}), need when absent. */
  public static PeerMethod parse(String text) {
    if (text == null || text.isBlank()) return NEED;
    for (PeerMethod method : values()) if (method.id().equals(text.strip().toLowerCase(Locale.ROOT))) return method;
    throw UserError.of("error.peers.method", Arg.option("method"), text.strip());
  }
}
