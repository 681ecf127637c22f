package till.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * The {@code till} command line, the one parser of every invocation: the global options (before or after the
 * subcommand), the subcommands in the order {@code till --help} lists them, usage errors (exit 2) and failures
 * (exit 1) reported in one place, and a command's log files attached while it runs (decision 0120). Stateless.
 */
public final class TillCli {

    private TillCli() {
    }

    /** Parses {@code args}, does what they ask (opens the till or runs a command) and returns the exit code. */
    public static int run(List<String> args, CliWiring wiring, PrintStream out, PrintStream err) {
        int code = build(wiring, out, err).execute(args.toArray(String[]::new));
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine build(CliWiring wiring, PrintStream out, PrintStream err) {
        GlobalOptions options = new GlobalOptions(wiring.defaultDataDir());
        CommandContext context = new CommandContext(options, out, err);
        CommandLine line = new CommandLine(new TillCommand(options, context, wiring.till()));
        // Before the subcommands are added: they inherit the root's attributes as they are then.
        line.getCommandSpec().version("till " + wiring.version());
        for (Object command : subcommands(wiring, context)) {
            line.addSubcommand(command);
        }
        // After: these settings reach the subcommands present when they are made.
        line.setOverwrittenOptionsAllowed(true);
        line.setExpandAtFiles(false);
        line.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler(new UsageErrors());
        line.setExecutionExceptionHandler(new CommandFailures());
        line.setExecutionStrategy(parsed -> execute(parsed, context, wiring.logs()));
        return line;
    }

    private static List<Object> subcommands(CliWiring wiring, CommandContext context) {
        return List.of(
                new SetupCommand(context, wiring.catalogCache(), wiring.clock()),
                new SimulateCommand(context, wiring.server()),
                new OutboxCommand(context, wiring.server()),
                new PrinterCommand(context, wiring.clock()),
                new ReceiptCommand(context, wiring.clock()),
                new RefundCommand(context, wiring.server(), wiring.clock()),
                new SessionCommand(context, wiring.server(), wiring.clock()),
                new DoctorCommand(context),
                new BenchCommand(context),
                new DemoServerCommand(context),
                new ManagerPinCommand(context, wiring.clock()),
                new SupportBundleCommand(context, wiring.clock()),
                new SuperviseCommand(context, wiring.mainClass()));
    }

    /** Runs the command that was asked for; a subcommand logs into its data directory while it runs. */
    private static int execute(ParseResult parsed, CommandContext context, CommandLogs logs) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        if (!parsed.hasSubcommand()) {
            // The till's window owns and rolls its own logs.
            return new RunLast().execute(parsed);
        }
        try (CommandLogs.Attached attached = logs.attach(context.dataDir(), parsed.subcommand().commandSpec().name())) {
            return new RunLast().execute(parsed);
        }
    }
}
