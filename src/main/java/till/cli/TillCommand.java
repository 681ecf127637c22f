package till.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * {@code till} itself: without a subcommand it opens the till's window. Its command attributes (the usage heading,
 * the space between an option and its value, the width, the exit codes line) are inherited by every subcommand.
 * Confined to the thread that runs the command line.
 */
@Command(name = "till", scope = ScopeType.INHERIT, separator = " ", synopsisHeading = "usage: ",
        usageHelpWidth = 120, commandListHeading = "commands:%n",
        description = "Opens the till (no command), or does work without a screen (a command).",
        footer = "exit codes: 0 ok, 1 failure, 2 usage error, 3 configuration error (the till did not start)")
final class TillCommand implements Callable<Integer> {

    @Mixin
    private final GlobalOptions options;
    private final CommandContext context;
    private final TillOpener till;

    TillCommand(GlobalOptions options, CommandContext context, TillOpener till) {
        this.options = options;
        this.context = context;
        this.till = till;
    }

    @Override
    public Integer call() {
        return till.open(context.dataDir(), options.kiosk(), options.pseudoLocale(), context.err());
    }
}
