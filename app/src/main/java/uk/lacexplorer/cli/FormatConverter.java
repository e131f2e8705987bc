package uk.lacexplorer.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import uk.lacexplorer.i18n.UserError;

/** Parses {@code --format} case-insensitively with a helpful error. */
public final class FormatConverter implements ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    try {
      return OutputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("unknown format '" + value + "': use table, csv or json");
    }
  }
}
