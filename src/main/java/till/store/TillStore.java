package till.store;

import java.nio.file.Path;
import java.time.Clock;
import till.bus.BusCursor;
import till.catalog.CatalogCache;
import till.order.OpenOrders;
import till.order.OrderNumbers;
import till.outbox.Outbox;

/**
 * Everything Till keeps on disk for one data directory: the lock that keeps a second process out, the H2 database
 * and the stores on top of it. Open it once per process and close it on the way out. Thread-safe.
 */
public final class TillStore implements AutoCloseable {

    private final DataDirLock lock;
    private final Database database;
    private final H2CatalogCache catalog;
    private final H2OpenOrders openOrders;
    private final H2OrderNumbers orderNumbers;
    private final H2Outbox outbox;
    private final H2BusCursor busCursor;

    private TillStore(DataDirLock lock, Database database, Clock clock) {
        this.lock = lock;
        this.database = database;
        StoreJson json = new StoreJson();
        this.catalog = new H2CatalogCache(database, json);
        this.openOrders = new H2OpenOrders(database, json, clock);
        this.orderNumbers = new H2OrderNumbers(database);
        this.outbox = new H2Outbox(database, json, clock);
        this.busCursor = new H2BusCursor(database);
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
        try {
            return new TillStore(lock, Database.open(dataDir, migrations), clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
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

    public BusCursor busCursor() {
        return busCursor;
    }

    public Path databaseFile() {
        return database.file();
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
