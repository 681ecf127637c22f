package till.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.cli.Command;
import till.cli.CommandContext;
import till.cli.UsageException;
import till.setup.ConfigCheck;
import till.logs.LogFiles;

/**
 * The {@code till} command: no argument opens the till, a subcommand does work without a screen. It must not extend
 * {@code Application}, so that {@code java -jar till.jar} starts with JavaFX on the class path.
 */
public final class Main {

    /** The exit code when the till refuses to start because a configuration file is broken. */
    static final int CONFIGURATION_ERROR = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs one invocation and returns its exit code; the GUI returns when its window closes. */
    @SuppressWarnings("try") // the log files are open for the body; nothing in it names them
    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path dataDir = DataDirectory.platformDefault();
        List<String> rest = new ArrayList<>(args);
        List<String> guiOptions = new ArrayList<>();
        while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            String option = rest.remove(0);
            switch (option) {
                case "--version" -> {
                    out.println("till " + Version.current());
                    return 0;
                }
                case "--help", "-h" -> {
                    out.print(usage());
                    return 0;
                }
                case "--data-dir" -> {
                    if (rest.isEmpty()) {
                        return usageError(err, "--data-dir needs a directory");
                    }
                    dataDir = Path.of(rest.remove(0));
                }
                default -> {
                    if (!GuiOptions.KNOWN.contains(option)) {
                        return usageError(err, "unknown option " + option);
                    }
                    guiOptions.add(option);
                }
            }
        }
        CommandContext context = new CommandContext(dataDir.toAbsolutePath(), out, err);
        if (rest.isEmpty()) {
            return openTill(context, guiOptions);
        }
        String name = rest.remove(0);
        Optional<Command> command = Commands.all().stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            return usageError(err, "unknown command " + name);
        }
        // A null resource (no data directory yet) is skipped by try-with-resources.
        try (LogFiles logs = Logging.forCommand(context.dataDir(), name)) {
            return command.get().run(List.copyOf(rest), context);
        } catch (UsageException e) {
            return usageError(err, name + ": " + e.getMessage());
        } catch (Exception e) {
            err.println("till " + name + ": " + Optional.ofNullable(e.getMessage()).orElse(e.toString()));
            return 1;
        }
    }

    /** Checks the configuration before any window opens (exit 3 when it is broken), then runs the till. */
    @SuppressWarnings("try") // the log files are open for the body; nothing in it names them
    private static int openTill(CommandContext context, List<String> guiOptions) {
        Optional<String> broken = ConfigCheck.problem(context.dataDir());
        // A data directory that is a file has no room for a log: report at once.
        if (broken.isPresent() && !Files.isDirectory(context.dataDir())) {
            return configurationError(context.err(), broken.get());
        }
        try (LogFiles logs = Logging.forTill(context.dataDir())) {
            if (broken.isPresent()) {
                LOG.error(LogFiles.SHOWN, "the till refused to start: {}", broken.get());
                return configurationError(context.err(), broken.get());
            }
            return TillLauncher.launch(context, guiOptions);
        }
    }

    private static int configurationError(PrintStream err, String problem) {
        err.println("till: configuration error: " + problem);
        err.println("till: the till did not start; correct the file and start it again.");
        return CONFIGURATION_ERROR;
    }

    private static int usageError(PrintStream err, String message) {
        err.println("till: " + message);
        err.print(usage());
        return 2;
    }

    static String usage() {
        StringBuilder text = new StringBuilder();
        text.append("usage: till [--data-dir DIR] [COMMAND [ARGS...]]\n");
        text.append("  (no command)        open the till\n");
        text.append("  --version           print the version\n");
        text.append("  --help              print this help\n");
        text.append("  --kiosk             open the till full screen; closing needs the manager PIN\n");
        text.append("  --data-dir DIR      keep all data in DIR (default: ")
                .append(DataDirectory.platformDefault()).append(")\n");
        text.append("commands:\n");
        for (Command c : Commands.all()) {
            text.append(String.format("  %-19s %s%n", c.name(), c.summary()));
        }
        text.append("exit codes: 0 ok, 1 failure, 2 usage error, 3 configuration error (the till did not start)\n");
        return text.toString();
    }
}
