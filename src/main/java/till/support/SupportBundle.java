package till.support;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import till.setup.ConfigCheck;
import till.setup.ConfigFile;
import till.files.AtomicFiles;
import till.logs.LogMasks;

/**
 * {@code till support-bundle FILE [--force]} without its parsing: one zip with what whoever supports the shop needs
 * (logs, connection history, versions, the configuration without secrets, an outbox summary) and nothing it does not
 * name: entries are chosen by listing what goes in, so till.password, the manager PIN and the database never do. It
 * works while the till runs (then without the outbox, which the running till holds). Runs on the calling thread.
 */
public final class SupportBundle {

    private SupportBundle() {
    }

    /**
     * Writes the bundle of {@code dataDir} to {@code target} and says so on {@code out}, or why not on {@code err}.
     *
     * @param force whether an existing file may be replaced
     * @return the exit code: 0 written (also when the outbox had to be left out), 1 not written
     */
    public static int write(Path dataDir, Path target, boolean force, Clock clock, PrintStream out,
                            PrintStream err) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return fail(err, "there is no data directory at " + dataDir + " (pass --data-dir DIR)");
        }
        if (Files.isDirectory(target) || (Files.exists(target) && !force)) {
            return fail(err, target + " already exists; choose another name, or pass --force to replace it");
        }
        BundleSources sources = new BundleSources(dataDir, clock);
        Optional<String> outboxLeftOut = sources.readOutbox();
        try {
            write(target, sources, LogMasks.forDataDir(dataDir));
        } catch (IOException e) {
            return fail(err, "cannot write " + target + ": " + e.getMessage());
        }
        outboxLeftOut.ifPresent(why -> err.println("till support-bundle: the outbox summary is left out: " + why));
        out.println("support bundle written to " + target + " (" + Files.size(target) + " bytes)");
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

    private static int fail(PrintStream err, String why) {
        err.println("till support-bundle: " + why);
        return 1;
    }

    /** For the README and the configuration check entry: what the till would say at start. */
    static String configCheck(Path dataDir) {
        return ConfigCheck.problem(dataDir).map(p -> "configuration error (the till would not start, exit code 3):\n"
                + p + "\n").orElse(new ConfigFile(dataDir).exists() ? "OK: " + ConfigFile.NAME
                + " is complete and valid.\n" : "OK: no " + ConfigFile.NAME + ", the till starts in demo mode.\n");
    }
}
