package till.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import till.setup.ConfigFile;
import till.logs.LogFiles;
import till.store.StoreException;
import till.store.TillStore;

/**
 * What goes into a support bundle, read from one data directory. Only the entries listed here are written; anything
 * else in the data directory (the password, the PIN, the database) stays out by construction. Confined to one
 * thread.
 */
final class BundleSources {

    /** The H2 file of {@code till.store}: without it there is no outbox, and opening the store would create one. */
    private static final String DATABASE_FILE = "till.mv.db";
    private static final Pattern LOG_NAME = Pattern.compile("(" + Pattern.quote(LogFiles.MAIN) + "|"
            + Pattern.quote(LogFiles.HISTORY) + ")(?:\\.(\\d+))?\\.log");

    private final Path dataDir;
    private final Clock clock;
    private Optional<OutboxDigest> outbox = Optional.empty();
    private String outboxNote = "";

    BundleSources(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /**
     * Reads the outbox through the store, which only one process may open at a time.
     *
     * @return why the outbox is left out, if it is (e.g. the till is running)
     */
    Optional<String> readOutbox() {
        if (!Files.exists(dataDir.resolve(DATABASE_FILE))) {
            outboxNote = "there is no store in " + dataDir + " yet (nothing was sold with it)";
            return Optional.of(outboxNote);
        }
        try (TillStore store = TillStore.open(dataDir, clock)) {
            outbox = Optional.of(new OutboxDigest(store.outbox().list(), store.outbox().summary()));
            return Optional.empty();
        } catch (StoreException e) {
            outboxNote = e.getMessage() + " (`till outbox list` shows it once the till is closed)";
            return Optional.of(outboxNote);
        }
    }

    void writeTo(BundleZip zip) throws IOException {
        Instant now = clock.instant();
        List<Path> logs = logs();
        zip.text("versions.txt", Versions.text(logs.stream().filter(p -> name(p).startsWith(LogFiles.MAIN))
                .toList()));
        zip.text(ConfigFile.NAME, RedactedConfig.of(dataDir.resolve(ConfigFile.NAME)));
        zip.text("config-check.txt", SupportBundle.configCheck(dataDir));
        zip.text("files.txt", files());
        for (Path log : logs) {
            zip.file(LogFiles.DIR + "/" + name(log), log);
        }
        if (outbox.isPresent()) {
            zip.text("outbox-summary.txt", outbox.get().text(now));
            zip.text("outbox-unsent.json", outbox.get().unsentJson());
        } else {
            zip.text("outbox-summary.txt", "Left out: " + outboxNote + "\n");
        }
        zip.text("README.txt", Readme.text(dataDir, now, zip.names(), outbox.isEmpty() ? outboxNote : ""));
    }

    /** The till's log files, newest first within each kind: till.log, till.1.log, ..., connections.log, ... */
    List<Path> logs() throws IOException {
        Path folder = LogFiles.folder(dataDir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> LOG_NAME.matcher(name(p)).matches() && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> group(p, 1)).reversed()
                            .thenComparingInt(p -> Integer.parseInt(Optional.ofNullable(group(p, 2)).orElse("0"))))
                    .toList();
        }
    }

    /** The names, sizes and times of the data directory's files: what is there, never what is inside. */
    private String files() throws IOException {
        StringBuilder text = new StringBuilder("Files in " + dataDir + " (names and sizes only)\n");
        for (Path folder : List.of(dataDir, LogFiles.folder(dataDir))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.sorted().toList()) {
                    text.append(String.format("%-40s %12s  %s%n", dataDir.relativize(p), Files.isDirectory(p) ? "dir"
                            : Files.size(p), Files.getLastModifiedTime(p)));
                }
            }
        }
        return text.toString();
    }

    private static String group(Path p, int group) {
        Matcher m = LOG_NAME.matcher(name(p));
        return m.matches() ? m.group(group) : null;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
