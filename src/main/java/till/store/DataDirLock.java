package till.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code <dataDir>/till.lock}, held for as long as one till process uses the data directory, so
 * that a second process refuses to start before it touches the database. Thread-safe.
 */
public final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "till.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the directory if needed and takes the lock.
     *
     * @throws StoreException when another process holds it or the directory cannot be written
     */
    public static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyInUse(dataDir);
            }
            return new DataDirLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyInUse(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StoreFailures.cannotWrite(dataDir, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static StoreException alreadyInUse(Path dataDir) {
        return new StoreException("Another Till is already running with the data directory " + dataDir
                + ". Close it first, or start this one with a different --data-dir.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was locked, so there is nothing to release.
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new StoreException("Could not release the lock " + channel + ": " + e.getMessage(), e);
        }
    }
}
