package till.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.cli.Command;
import till.cli.CommandContext;
import till.cli.UsageException;

/**
 * The {@code till} command: no argument opens the till, a subcommand does work without a screen. It must not extend
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
            return TillLauncher.launch(context, guiOptions);
        }
        String name = rest.remove(0);
        Optional<Command> command = Commands.all().stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            return usageError(err, "unknown command " + name);
        }
        try {
            return command.get().run(List.copyOf(rest), context);
        } catch (UsageException e) {
            return usageError(err, name + ": " + e.getMessage());
        } catch (Exception e) {
            err.println("till " + name + ": " + Optional.ofNullable(e.getMessage()).orElse(e.toString()));
            return 1;
        }
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
        return text.toString();
    }
}
