package till.supervise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which process holds the data directory's lock, read from Linux's {@code /proc/locks} without taking the lock: a
 * till holds it from the moment it opens its data until it ends. Stateless.
 */
final class LockHolder {

    private LockHolder() {
    }

    static Optional<Long> of(Path dataDir) {
        Path lockFile = dataDir.resolve("till.lock");
        try {
            if (!Files.exists(lockFile)) {
                return Optional.empty();
            }
            String inode = ":" + Files.getAttribute(lockFile, "unix:ino");
            // e.g. "12: POSIX  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF"
            return Files.readAllLines(Path.of("/proc/locks")).stream().map(l -> l.trim().split("\\s+"))
                    .filter(f -> f.length >= 6 && f[1].equals("POSIX") && f[5].endsWith(inode))
                    .map(f -> Long.parseLong(f[4])).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
