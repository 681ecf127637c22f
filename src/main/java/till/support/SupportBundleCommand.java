package till.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.cli.Command;
import till.cli.CommandContext;
import till.cli.UsageException;
import till.setup.ConfigCheck;
import till.setup.ConfigFile;
import till.files.AtomicFiles;
import till.logs.LogMasks;

/**
 * {@code till support-bundle FILE [--force]}: one zip with what whoever supports the shop needs (logs, connection
 * history, versions, the configuration without secrets, an outbox summary) and nothing it does not name: entries
 * are chosen by listing what goes in, so till.password, the manager PIN and the database never do. It works while
 * the till runs (then without the outbox, which the running till holds). Runs on the calling thread.
 */
public final class SupportBundleCommand implements Command {

    private static final String USAGE = "usage: till support-bundle FILE [--force]";

    private final Clock clock;

    public SupportBundleCommand() {
        this(Clock.systemUTC());
    }

    SupportBundleCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "support-bundle";
    }

    @Override
    public String summary() {
        return "FILE [--force]: a zip of logs, versions, configuration (no secrets) and outbox for support";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        List<String> rest = new ArrayList<>(args);
        boolean force = rest.remove("--force");
        if (rest.size() != 1 || rest.get(0).startsWith("--")) {
            throw new UsageException(USAGE);
        }
        Path target = Path.of(rest.get(0)).toAbsolutePath();
        Path dataDir = context.dataDir();
        if (!Files.isDirectory(dataDir)) {
            return fail(context, "there is no data directory at " + dataDir + " (pass --data-dir DIR)");
        }
        if (Files.isDirectory(target) || (Files.exists(target) && !force)) {
            return fail(context, target + " already exists; choose another name, or pass --force to replace it");
        }
        BundleSources sources = new BundleSources(dataDir, clock);
        Optional<String> outboxLeftOut = sources.readOutbox();
        try {
            write(target, sources, LogMasks.forDataDir(dataDir));
        } catch (IOException e) {
            return fail(context, "cannot write " + target + ": " + e.getMessage());
        }
        outboxLeftOut.ifPresent(why -> context.err().println("till support-bundle: the outbox summary is left out: "
                + why));
        context.out().println("support bundle written to " + target + " (" + Files.size(target) + " bytes)");
        return 0;
    }

    /** Writes a temporary file beside the target and moves it into place, so the target is never half a zip. */
    private static void write(Path target, BundleSources sources, LogMasks masks) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("the folder " + parent + " does not exist");
        }
        AtomicFiles.replace(target, out -> {
            try (BundleZip zip = new BundleZip(out, masks)) {
                sources.writeTo(zip);
            }
        });
    }

    private static int fail(CommandContext context, String why) {
        context.err().println("till support-bundle: " + why);
        return 1;
    }

    /** For the README and the configuration check entry: what the till would say at start. */
    static String configCheck(Path dataDir) {
        return ConfigCheck.problem(dataDir).map(p -> "configuration error (the till would not start, exit code 3):\n"
                + p + "\n").orElse(new ConfigFile(dataDir).exists() ? "OK: " + ConfigFile.NAME
                + " is complete and valid.\n" : "OK: no " + ConfigFile.NAME + ", the till starts in demo mode.\n");
    }
}
