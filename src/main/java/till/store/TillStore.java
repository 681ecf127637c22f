package till.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.push.BusCursor;
import till.catalog.CatalogCache;
import till.order.OpenOrders;
import till.order.OrderNumbers;
import till.outbox.Outbox;
import till.outbox.OutboxQueue;
import till.print.PrintJobs;
import till.session.CashMoves;
import till.refunds.RefundHistory;
import till.session.SessionOrders;

/**
 * Everything Till keeps on disk for one data directory: the lock that keeps a second process out, the H2 database,
 * the journal of paid orders and the stores on top of them. Open it once per process and close it on the way out.
 * A JVM asked to end while the store is open (SIGTERM) runs the owner's {@link #beforeShutdown} flow and closes the
 * store, so the database is left closed and compact (docs/decisions/0171). Thread-safe.
 */
public final class TillStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TillStore.class);

    private final DataDirLock lock;
    private final Database database;
    private final PaidJournal journal;
    private final H2CatalogCache catalog;
    private final H2OpenOrders openOrders;
    private final H2OrderNumbers orderNumbers;
    private final H2Outbox outbox;
    private final H2BusCursor busCursor;
    private final H2PrintJobs printJobs;
    /** Guarded by this. */
    private boolean closed;
    private final Thread shutdownHook = new Thread(this::closeOnShutdown, "till-store-shutdown");
    private volatile Runnable beforeShutdown = () -> { };
    private final H2SessionOrders sessionOrders;
    private final H2RefundHistory refundHistory;
    private final JournalRecovery recovery;
    private final H2CashMoves cashMoves;

    private TillStore(DataDirLock lock, Database database, PaidJournal journal, Clock clock) {
        this.lock = lock;
        this.database = database;
        this.journal = journal;
        StoreJson json = new StoreJson();
        this.catalog = new H2CatalogCache(database, json);
        this.openOrders = new H2OpenOrders(database, json, clock);
        this.orderNumbers = new H2OrderNumbers(database);
        this.outbox = new H2Outbox(database, journal, json, clock);
        this.recovery = new JournalRecovery(database, json, clock);
        this.busCursor = new H2BusCursor(database);
        this.printJobs = new H2PrintJobs(database, json, clock);
        this.sessionOrders = new H2SessionOrders(database, json);
        this.cashMoves = new H2CashMoves(database, clock);
        this.refundHistory = new H2RefundHistory(database, json);
    }

    /**
     * Locks the directory, then opens and migrates the database.
     *
     * @throws StoreException with a message for a person when another Till holds the directory or the database
     *                        cannot be opened; nothing in the directory is changed then
     */
    public static TillStore open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Migrations.current());
    }

    static TillStore open(Path dataDir, Clock clock, Migrations migrations) {
        DataDirLock lock = DataDirLock.acquire(dataDir);
        Database database = null;
        PaidJournal.Opened journal = null;
        try {
            database = Database.open(dataDir, migrations);
            journal = PaidJournal.open(dataDir, clock);
            TillStore store = new TillStore(lock, database, journal.journal(), clock);
            store.recover(journal);
            Runtime.getRuntime().addShutdownHook(store.shutdownHook);
            return store;
        } catch (RuntimeException e) {
            if (journal != null) {
                journal.journal().close();
            }
            if (database != null) {
                database.close();
            }
            lock.close();
            throw e;
        }
    }

    private void recover(PaidJournal.Opened opened) {
        List<JournalRecovery.Journaled> journaled = recovery.parse(opened.records());
        int restored = recovery.replay(journaled);
        if (restored > 0) {
            LOG.warn("Put back {} paid orders from {} that the database had lost", restored, PaidJournal.FILE_NAME);
        }
        orderNumbers.coverPaidOrders();
        if (!opened.mayCompact()) {
            // A rewrite would drop damaged bytes that no copy holds; they stay in the journal until one can be saved.
            return;
        }
        List<String> unconfirmed = recovery.unconfirmed(journaled);
        if (unconfirmed.size() < journaled.size() || opened.mustCompact()) {
            journal.rewrite(unconfirmed);
            LOG.info("Journal compacted: {} of {} paid orders still unconfirmed by the server", unconfirmed.size(),
                    journaled.size());
        }
    }

    public CatalogCache catalogCache() {
        return catalog;
    }

    public OpenOrders openOrders() {
        return openOrders;
    }

    public OrderNumbers orderNumbers() {
        return orderNumbers;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** The same outbox, as the order sender works it. */
    public OutboxQueue outboxQueue() {
        return outbox;
    }

    /** Where the push channel keeps its {@code last} notification id. */
    public BusCursor busCursor() {
        return busCursor;
    }

    /** The print queue: receipts and drawer kicks waiting for the printer. */
    public PrintJobs printJobs() {
        return printJobs;
    }

    /** The paid orders of a POS session with their outbox state, for closing it. */
    public SessionOrders sessionOrders() {
        return sessionOrders;
    }

    /** The cash ins and outs, kept before they are sent. */
    public CashMoves cashMoves() {
        return cashMoves;
    }

    /** The paid orders as refunds read them: the original, and what this till refunded of it. */
    public RefundHistory refundHistory() {
        return refundHistory;
    }

    public Path databaseFile() {
        return database.file();
    }

    /**
     * Sets what a JVM shutdown (SIGTERM) runs before it closes this store: the owner's close flow (the GUI's, which
     * stops the connections that use the store). It runs on the shutdown hook's thread and should return once that
     * flow has finished, or after a bound.
     */
    public void beforeShutdown(Runnable closeFlow) {
        this.beforeShutdown = closeFlow;
    }

    private void closeOnShutdown() {
        try {
            beforeShutdown.run();
        } catch (RuntimeException e) {
            LOG.warn("the close flow before shutdown failed; closing the store anyway", e);
        }
        close();
    }

    /**
     * Closes the journal, the database (compacting it) and the lock; a second call waits for the first to finish
     * (so a shutdown hook does not let the JVM end half-way through the owner's close) and does nothing more.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Closed by the shutdown hook or during shutdown: the hook is running or about to find the store closed.
        }
        try {
            journal.close();
            database.close();
        } finally {
            lock.close();
        }
    }
}
