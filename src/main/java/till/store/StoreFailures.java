package till.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/** Turns low-level failures of the disk or of H2 into a {@link StoreException} a person can act on. Stateless. */
final class StoreFailures {

    private StoreFailures() {
    }

    /** The directory (or a file in it) cannot be created or written. */
    static StoreException cannotWrite(Path dataDir, Exception cause) {
        if (isDiskFull(cause)) {
            return diskFull(dataDir, cause);
        }
        String reason = cause instanceof AccessDeniedException ? "permission denied"
                : cause instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(cause.getMessage());
        return new StoreException("Till cannot write to its data directory " + dataDir + " (" + reason
                + "). Make the directory writable for this user, or start Till with another --data-dir.", cause);
    }

    /** The database file exists but H2 cannot open it. */
    static StoreException cannotOpen(Path databaseFile, Exception cause) {
        if (isDiskFull(cause)) {
            return diskFull(databaseFile.getParent(), cause);
        }
        if (isReadOnly(cause)) {
            return cannotWrite(databaseFile.getParent(), cause);
        }
        return unreadable(databaseFile, firstLine(cause), cause);
    }

    /** The database file exists but is damaged: the same words as {@link #cannotOpen}, with the damage found. */
    static StoreException damaged(Path databaseFile, String reason) {
        return unreadable(databaseFile, reason, null);
    }

    private static StoreException unreadable(Path databaseFile, String reason, Exception cause) {
        return new StoreException("Till cannot read its database " + databaseFile + " (" + reason
                + "). Restore a backup of this file, or move it aside to start afresh. Till will not start with an"
                + " empty database on its own, because paid orders that were not sent yet might be in this file.",
                cause);
    }

    /** A write to an open database failed. */
    static StoreException writeFailed(Path databaseFile, Exception cause) {
        if (isDiskFull(cause)) {
            return diskFull(databaseFile.getParent(), cause);
        }
        return new StoreException("Till could not write to its database " + databaseFile + " (" + firstLine(cause)
                + "). Nothing was changed; check the disk and try again.", cause);
    }

    private static StoreException diskFull(Path dir, Exception cause) {
        return new StoreException("The disk holding " + dir + " is full. Free some space; nothing was changed.",
                cause);
    }

    static boolean isDiskFull(Throwable e) {
        return chainMentions(e, "no space left", "disk full", "not enough space");
    }

    private static boolean isReadOnly(Throwable e) {
        return chainMentions(e, "read-only", "read only", "permission denied", "access denied");
    }

    private static boolean chainMentions(Throwable e, String... words) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (text.contains(word)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
