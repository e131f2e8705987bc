package uk.lacexplorer;

import java.io.PrintWriter;
import picocli.CommandLine;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.cli.LacxCommand;

/** Entry point of {@code ./lacx}. Exit codes: 0 done, 1 internal error, 2 a request the user can correct. */
public final class Main {
  public static final int USER_ERROR = 2;

  private Main() {
  }

  public static void main(String[] args) {
    LacxCommand root = new LacxCommand();
    int code;
    try {
      code = commandLine(root).execute(args);
    } finally {
      root.close();
    }
    System.exit(code);
  }

  public static CommandLine commandLine(LacxCommand root) {
    CommandLine commandLine = new CommandLine(root);
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
