package uk.lacexplorer.cli;

/** How a command prints its result: aligned text for people, RFC 4180 CSV with a header row, or JSON. */
public enum OutputFormat {
  TABLE, CSV, JSON
}
