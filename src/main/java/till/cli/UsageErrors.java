package till.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error: {@code till: [COMMAND: ]WHAT} on stderr, then the usage of the command that was wrong;
 * exit code 2. The words for unknown commands and options are the ones {@code till} always printed. Stateless.
 */
final class UsageErrors implements IParameterExceptionHandler {

    static final int EXIT_CODE = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return report(e.getCommandLine(), words(e));
    }

    /** Prints the message and the usage of {@code command}; returns the usage error's exit code. */
    static int report(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        String path = command.getCommandSpec().qualifiedName(" ");
        String where = path.indexOf(' ') < 0 ? "" : path.substring(path.indexOf(' ') + 1) + ": ";
        err.println("till: " + where + message);
        command.usage(err);
        err.flush();
        return EXIT_CODE;
    }

    private static String words(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            if (argument.startsWith("-")) {
                return "unknown option " + argument;
            }
            if (!e.getCommandLine().getSubcommands().isEmpty()) {
                return "unknown command " + argument;
            }
            return "unexpected argument " + argument;
        }
        return e.getMessage();
    }
}
