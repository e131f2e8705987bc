package uk.lacexplorer.i18n;

/** Who reads a message: someone at the command line (options are {@code --flags}) or on a web page (form labels). */
public enum Audience {
  CLI, WEB
}
