package till.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.files.AtomicFiles;

/**
 * The admin's decisions about orders held because their POS session was closed on the server (decision 0061): the
 * sessions listed in {@code rescue.sessions} in the data directory may have their orders sent anyway, and Odoo files
 * them into a rescue session. A plain file, not the store, so that the admin can decide while the till runs (the
 * store is locked by the till). Thread-safe: every call reads or replaces the whole file.
 */
public final class RescueApprovals {

    public static final String NAME = "rescue.sessions";
    private static final Logger LOG = LoggerFactory.getLogger(RescueApprovals.class);

    private final Path file;

    public RescueApprovals(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** Whether the admin released the orders of this session into a rescue session; false when unreadable. */
    public boolean approved(long sessionId) {
        try {
            return read().contains(sessionId);
        } catch (IOException e) {
            LOG.warn("cannot read {}; orders of closed sessions stay held: {}", file, e.getMessage());
            return false;
        }
    }

    /** The released sessions; lines that are not a session id (comments, typos) are skipped. */
    public Set<Long> read() throws IOException {
        Set<Long> ids = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.matches("\\d{1,18}")) {
                    ids.add(Long.parseLong(text));
                } else if (!text.isEmpty() && !text.startsWith("#")) {
                    LOG.warn("{}: \"{}\" is not a POS session id; skipped", file, text);
                }
            }
        } catch (NoSuchFileException e) {
            return ids;
        }
        return ids;
    }

    /** Adds a session to the file, written through a temporary file and an atomic move. */
    public void approve(long sessionId) throws IOException {
        Set<Long> ids = read();
        ids.add(sessionId);
        String text = "# POS sessions closed on the server whose held orders the admin sent anyway (Odoo files them"
                + " into a rescue session).\n# Written by till outbox release-held.\n"
                + ids.stream().map(String::valueOf).collect(Collectors.joining("\n")) + "\n";
        AtomicFiles.replace(file, text);
    }
}
