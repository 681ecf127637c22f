package till.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file in one step: the content goes to a temporary file beside it (owner-only on POSIX, as
 * {@link Files#createTempFile} makes it), which is then moved over the target, so a reader sees the old file or the
 * whole new one, never half of it. Stateless; thread-safe (each call has its own temporary file).
 */
public final class AtomicFiles {

    /** Writes a file's whole content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** @throws IOException when the target's folder is missing or not writable; the target is then unchanged */
    public static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@link #replace(Path, Content)} with a text in UTF-8. */
    public static void replace(Path target, String text) throws IOException {
        replace(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
