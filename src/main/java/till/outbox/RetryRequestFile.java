package till.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.files.AtomicFiles;

/**
 * Requests to send rejected orders again, made by {@code till outbox retry-rejected} while a till runs on the data
 * directory (its store is locked then): lines of {@code retry-rejected.requests}, a uid or {@code *} for every rejected
 * order. A plain file, like {@link RescueApprovals}, so that the running till's sender takes them at its next round.
 * Thread-safe: a request replaces the whole file, taking moves it aside first, so no line is taken twice.
 */
public final class RetryRequestFile implements SenderOptions.RetryRequests {

    public static final String NAME = "retry-rejected.requests";
    private static final String ALL = "*";
    private static final Logger LOG = LoggerFactory.getLogger(RetryRequestFile.class);

    private final Path file;

    public RetryRequestFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    /** Adds a request: this rejected order, or every rejected one when empty. */
    public void request(Optional<String> uid) throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            // The first request.
        }
        lines.add(uid.orElse(ALL));
        AtomicFiles.replace(file, String.join("\n", lines) + "\n");
    }

    /** The requests made since the last take; empty (and logged) when the file cannot be read. */
    @Override
    public List<Optional<String>> take() {
        if (!Files.exists(file)) {
            return List.of();
        }
        Path taking = file.resolveSibling(NAME + ".taking");
        List<Optional<String>> requests = new ArrayList<>();
        try {
            Files.move(file, taking, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            for (String line : Files.readAllLines(taking, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    requests.add(text.equals(ALL) ? Optional.empty() : Optional.of(text));
                }
            }
            Files.delete(taking);
        } catch (IOException e) {
            LOG.warn("cannot take the requests in {}; rejected orders stay rejected for now: {}", file,
                    e.getMessage());
        }
        return requests;
    }
}
