package till.cli;

import java.util.List;

/** A subcommand of {@code till} for work without a screen. Implementations run on the calling thread. */
public interface Command {

    /** The word that selects it, e.g. {@code simulate}. */
    String name();

    /** One line for {@code till --help}: the arguments and what it does. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 success, 1 failure, 2 usage error
     */
    int run(List<String> args, CommandContext context) throws Exception;
}
