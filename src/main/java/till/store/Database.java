package till.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file database {@code <dataDir>/till.mv.db}: one connection, one transaction at a time, and a way to make a
 * commit durable. Thread-safe: callers are serialized on an internal lock.
 *
 * <p>Commits are written to the file before {@link #write} returns, so they survive a process kill; they are not
 * fsynced: paid orders get their durability from the {@link PaidJournal} (docs/decisions/0020). An existing file is
 * checked before it is opened for writing, and a clean close leaves its checksum beside it for the next check
 * (docs/decisions/0023).
 *
 * <p>Work handed to {@link #writeBehind} is committed on the thread {@code h2-write-behind} right after the call
 * returns, and in any case before any later transaction runs, so every reader sees it (docs/decisions/0170).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * H2's own write-behind for commits made with {@link #writeLazily}; {@link #write} checkpoints each commit to the
     * file anyway. Paid orders are durable through the journal, not through H2 (decision 0020), so letting H2 batch
     * their rows costs nothing in safety and saves a chunk write per payment.
     */
    private static final int WRITE_DELAY_MS = 200;
    /** How full {@link #compact} leaves the file: the rest is gaps between chunks (decision 0247). */
    private static final int FILE_FILL_PERCENT = 90;
    /** As much as H2's own compaction moves in one step. */
    private static final long MOVE_BYTES = 16L * 1024 * 1024;


    /** The base name H2 gets; it adds {@code .mv.db}. */
    static final String BASE_NAME = "till";
    static final String FILE_NAME = BASE_NAME + ".mv.db";
    static final String USER = "till";

    private final Path file;
    private final Connection connection;
    private final int schemaVersion;
    private final ReentrantLock lock = new ReentrantLock();
    /** Work committed after its caller returned, oldest first; applied before any other transaction. */
    private final Queue<Work<?>> behind = new ConcurrentLinkedQueue<>();
    private final ExecutorService behindThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "h2-write-behind");
        thread.setDaemon(true);
        return thread;
    });

    private Database(Path file, Connection connection, int schemaVersion) {
        this.file = file;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    /** Work on the connection inside a transaction; may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Opens (or, when the file does not exist yet, creates) the database and brings its schema up to date. The
     * caller must hold the {@link DataDirLock}.
     *
     * @throws StoreException when the file is unreadable, corrupt, newer, or cannot be written; a file refused as
     *                        damaged or newer is not written to
     */
    public static Database open(Path dataDir, Migrations migrations) {
        Path file = dataDir.resolve(FILE_NAME);
        boolean exists = Files.exists(file);
        if (exists && !Files.isRegularFile(file)) {
            throw new StoreException(file + " is not a regular file. Move it aside; Till keeps its database there.");
        }
        String url = "jdbc:h2:file:" + dataDir.resolve(BASE_NAME).toAbsolutePath();
        if (exists) {
            DatabaseCheck.beforeOpening(file, url, migrations);
        } else {
            forgetChecksumOfAMovedFile(dataDir, file);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url + ";WRITE_DELAY=" + WRITE_DELAY_MS
                    + ";COMPRESS=TRUE;DB_CLOSE_ON_EXIT=FALSE" + (exists ? ";IFEXISTS=TRUE" : ""), USER, "");
        } catch (SQLException e) {
            throw exists ? StoreFailures.cannotOpen(file, e) : StoreFailures.cannotWrite(dataDir, e);
        }
        try {
            connection.setAutoCommit(false);
            migrations.apply(connection);
            // The schema goes to the file now, not with H2's write-behind: a kill in the first moments of a new data
            // directory must not leave a file whose schema H2 wrote only in part.
            try (Statement checkpoint = connection.createStatement()) {
                checkpoint.execute("CHECKPOINT");
            }
            return new Database(file, connection, migrations.latestVersion());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw StoreFailures.cannotOpen(file, e);
        }
    }

    /** The checksum of a database that was moved aside stays behind; it describes no file any more. */
    private static void forgetChecksumOfAMovedFile(Path dataDir, Path file) {
        try {
            DatabaseChecksum.delete(file);
        } catch (IOException e) {
            throw StoreFailures.cannotWrite(dataDir, e);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Runs work in a transaction, commits it and has H2 write it to the file before returning: it survives a
     * process kill (as far as H2 allows, see {@link PaidJournal}), not a power loss.
     */
    public <T> T write(Work<T> work) {
        return transaction(work, true);
    }

    /**
     * Runs work in a transaction and commits it, leaving the write to the file to H2: for state whose loss to a kill
     * only repeats work that is safe to repeat (an order's sending state: a resend is de-duplicated by the server).
     */
    public <T> T writeLazily(Work<T> work) {
        return transaction(work, false);
    }

    /**
     * Queues work whose result is already durable elsewhere (a paid order in the journal) and returns at once; it is
     * committed like {@link #writeLazily}, on the thread {@code h2-write-behind} or by the next transaction, whichever
     * comes first, so no reader ever misses it. Work queued together is committed in one transaction. A failure is
     * reported to the transaction that tried it and the work stays queued.
     */
    public void writeBehind(Work<?> work) {
        behind.add(work);
        behindThread.execute(this::applyBehindQuietly);
    }

    /**
     * Shrinks the file back towards its live data now (up to {@code maxMillis}), after a write that replaced much of
     * it: H2 keeps the space of old data for its retention time and would otherwise grow by the whole rewrite
     * (docs/decisions/0171). Reaches into H2's engine (pinned version); a failure only leaves the file larger.
     */
    public void compact(int maxMillis) {
        lock.lock();
        try {
            applyBehind();
            connection.commit();
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            MVStore store = session.getDatabase().getStore().getMvStore();
            long stopAt = System.nanoTime() + maxMillis * 1_000_000L;
            store.compactFile(maxMillis);
            moveChunksTogether(store, stopAt);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("compacting {} failed; it stays larger until the next close: {}", file, e.toString());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the gaps that dead chunks leave in the file. H2's {@code compactFile} moves chunks only after it has
     * rewritten some, and rewrites only while the live chunks are less than 90 % full: once H2's writer thread has
     * already dropped the dead chunks of a rewrite (a matter of timing), the chunks left are full, nothing moves and
     * the file keeps the whole rewrite's size as gaps (4 x the compact size, decision 0247). Moving is asked for here
     * whatever the chunks' fill rate, until the file is 90 % used, no move helps any more, or the time is up.
     */
    private static void moveChunksTogether(MVStore store, long stopAt) {
        if (!(store.getFileStore() instanceof RandomAccessStore file)) {
            return;
        }
        int fill = file.getFillRate();
        while (fill < FILE_FILL_PERCENT && System.nanoTime() - stopAt < 0) {
            store.sync();
            file.compactMoveChunks(FILE_FILL_PERCENT, MOVE_BYTES, store);
            int after = file.getFillRate();
            if (after <= fill) {
                return;
            }
            fill = after;
        }
    }

    /**
     * Runs the action holding the database's lock, so that no transaction of another thread starts before it ends:
     * for a payment whose durable point (the journal's fsync) lies outside the database, so that a reader that starts
     * during the payment waits for it and sees it, as when the fsync was inside the transaction (decision 0170).
     * Transactions and {@link #writeBehind} of the same thread may run inside.
     */
    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only work; it sees only committed data. */
    public <T> T read(Work<T> work) {
        return transaction(work, false);
    }

    private <T> T transaction(Work<T> work, boolean toFile) {
        lock.lock();
        try {
            applyBehind();
            T result = work.run(connection);
            connection.commit();
            // With WRITE_DELAY=0 H2 only *tries* to write the commit (MVStore.tryCommit gives up when its store
            // lock is busy; the crash test lost a paid order that way). CHECKPOINT waits for the lock and writes.
            if (toFile) {
                try (Statement checkpoint = connection.createStatement()) {
                    checkpoint.execute("CHECKPOINT");
                }
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw StoreFailures.writeFailed(file, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Commits the queued write-behind work, all in one transaction; under the lock. */
    private void applyBehind() throws SQLException {
        if (behind.isEmpty()) {
            return;
        }
        int count = 0;
        try {
            for (Work<?> work : behind) {
                work.run(connection);
                count++;
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
        for (int i = 0; i < count; i++) {
            behind.poll();
        }
    }

    private void applyBehindQuietly() {
        lock.lock();
        try {
            applyBehind();
        } catch (SQLException | RuntimeException e) {
            // The next transaction tries again and reports it to its caller; the work itself is durable elsewhere.
            LOG.warn("a write behind to {} failed; the next write tries it again: {}", file, e.toString());
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the caller needs to see.
        }
    }

    private void applyBehindBeforeClosing() {
        try {
            applyBehind();
        } catch (SQLException | RuntimeException e) {
            // Closing goes on: what was queued is durable elsewhere (the journal puts paid orders back at start).
            LOG.warn("a write behind to {} failed while closing; it is put back at the next start: {}", file,
                    e.toString());
        }
    }

    /**
     * Closes H2 with a full compaction: the file shrinks back to its live data after the catalog refreshes of the
     * session (docs/decisions/0171). A failure leaves the ordinary close to H2.
     */
    private void compactQuietly() {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("compacting {} at close failed; it is closed without: {}", file, e.toString());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Opening already failed; that failure is reported.
        }
    }

    /**
     * Closes the database; H2 writes and syncs everything before the file is released, and the checksum of the file
     * as closed is written beside it.
     */
    @Override
    public void close() {
        behindThread.shutdown();
        try {
            behindThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            applyBehindBeforeClosing();
            compactQuietly();
            connection.close();
            DatabaseChecksum.sealQuietly(file, schemaVersion);
        } catch (SQLException e) {
            throw StoreFailures.writeFailed(file, e);
        } finally {
            lock.unlock();
        }
    }
}
