package till.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What an exception out of a command becomes: a {@link UsageException} is a usage error (exit 2, with the usage);
 * anything else is a failure, said in one line as {@code till COMMAND: message} (exit 1). Stateless.
 */
final class CommandFailures implements IExecutionExceptionHandler {

    static final int EXIT_CODE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof UsageException) {
            return UsageErrors.report(command, e.getMessage());
        }
        PrintWriter err = command.getErr();
        String name = parsed.hasSubcommand() ? "till " + parsed.subcommand().commandSpec().name() : "till";
        err.println(name + ": " + Optional.ofNullable(e.getMessage()).orElse(e.toString()));
        err.flush();
        return EXIT_CODE;
    }
}
