package uk.lacexplorer;

import java.io.PrintWriter;
import picocli.CommandLine;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.i18n.UserError;

/** Entry point of {@code ./lacx}. Exit codes: 0 done, 1 internal error, 2 a request the user can correct. */
public final class Main {
  public static final int USER_ERROR = 2;

  private Main() {
  }

  public static void main(String[] args) {
    CommandLine commandLine = commandLine(Wiring.commandLine(args));
    int code;
    try {
      code = commandLine.execute(args);
    } finally {
      ((LacxCommand) commandLine.getCommand()).close();
    }
    System.exit(code);
  }

  /** The command tree with the error handling of {@code ./lacx}: one line and exit 2 for anything the user can correct. */
  public static CommandLine commandLine(CommandLine commandLine) {
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler((exception, args) -> {
      PrintWriter err = exception.getCommandLine().getErr();
      err.println("lacx: " + oneLine(exception.getMessage()) + " (see: ./lacx "
          + exception.getCommandLine().getCommandName().replace("lacx", "").strip() + " --help)");
      err.flush();
      return USER_ERROR;
    });
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      PrintWriter err = cmd.getErr();
      Throwable cause = exception;
      while (!(cause instanceof UserError) && cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      if (cause instanceof UserError userError) {
        err.println("lacx: " + oneLine(userError.getMessage()));
        err.flush();
        return USER_ERROR;
      }
      err.println("lacx: internal error: " + exception);
      if (System.getenv("LACX_DEBUG") != null) exception.printStackTrace(err);
      err.flush();
      return 1;
    });
    return commandLine;
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
