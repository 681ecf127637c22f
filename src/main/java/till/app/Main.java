package till.app;

import java.io.PrintStream;
import java.util.List;
import till.cli.TillCli;

/**
 * The {@code till} command: no argument opens the till, a subcommand does work without a screen (the parsing and the
 * subcommands are in {@code till.cli}; this class hands them the application's parts). It must not extend
 * {@code Application}, so that {@code java -jar till.jar} starts with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs one invocation and returns its exit code; the GUI returns when its window closes. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        return TillCli.run(args, Commands.wiring(), out, err);
    }
}
