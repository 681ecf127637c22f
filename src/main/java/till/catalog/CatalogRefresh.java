package till.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the till's catalog in step with the server. A catalog loaded when the till connects, or reloaded after the
 * push channel was away longer than the server keeps notifications, replaces the store's catalog cache and goes to
 * the listeners (the register and the selling screen); the customers that {@code pos_partner_sync} names are read
 * again and replaced in it. Reloads run on one worker thread {@code catalog-refresh}, so the poller never waits for
 * them. Thread-safe.
 */
public final class CatalogRefresh implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRefresh.class);

    /** Loads the whole catalog from the server, with the checks of {@code till setup}; blocks. */
    @FunctionalInterface
    public interface Loader {
        Catalog load() throws Exception;
    }

    /** Reads these customers from the server (absent: no longer offered); blocks. */
    @FunctionalInterface
    public interface CustomerReader {
        List<Customer> read(List<Long> ids) throws Exception;
    }

    private final CatalogCache cache;
    private final boolean demo;
    private final Loader loader;
    private final CustomerReader customers;
    private final List<Consumer<Catalog>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalog-refresh");
        t.setDaemon(true);
        return t;
    });

    /** @param demo whether the catalogs are the demo server's (the window then says DEMO) */
    public CatalogRefresh(CatalogCache cache, boolean demo, Loader loader, CustomerReader customers) {
        this.cache = cache;
        this.demo = demo;
        this.loader = loader;
        this.customers = customers;
    }

    /** A refresh that never reaches a server (the till has none it can use). */
    public static CatalogRefresh none(CatalogCache cache) {
        return new CatalogRefresh(cache, false, () -> {
            throw new IllegalStateException("no server to load the catalog from");
        }, ids -> List.of());
    }

    /** Gets every catalog stored from now on, on the storing thread (hand it on to the FX thread yourself). */
    public void addListener(Consumer<Catalog> listener) {
        listeners.add(listener);
    }

    /** Stores a catalog just loaded from the server (on the caller's thread) and hands it to the listeners. */
    public void loaded(Catalog fresh) {
        Catalog stored = demo ? asDemo(fresh) : fresh;
        cache.replace(stored);
        LOG.info("catalog refreshed from the server: {} products, {} customers", stored.products().size(),
                stored.customers().size());
        listeners.forEach(l -> l.accept(stored));
    }

    /** Loads the whole catalog again, off the caller's thread (the push channel missed notifications). */
    public void reloadAll() {
        worker.execute(() -> {
            try {
                loaded(loader.load());
            } catch (Exception e) {
                LOG.warn("cannot reload the catalog; the till sells from the one it has: {}", e.getMessage());
            }
        });
    }

    /** Reads these customers again and replaces them in the catalog, off the caller's thread. */
    public void reloadCustomers(List<Long> ids) {
        worker.execute(() -> {
            Optional<Catalog> current = cache.load();
            if (current.isEmpty()) {
                LOG.info("customers {} changed on the server, but the till has no cached catalog to update", ids);
                return;
            }
            try {
                List<Customer> fresh = customers.read(ids);
                Catalog stored = withCustomers(current.get(), ids, fresh);
                cache.replace(stored);
                LOG.info("customers {} reloaded from the server ({} still offered)", ids, fresh.size());
                listeners.forEach(l -> l.accept(stored));
            } catch (Exception e) {
                LOG.warn("cannot reload customers {}; the till keeps the ones it has: {}", ids, e.getMessage());
            }
        });
    }

    /** The catalog with the customers {@code asked} replaced by {@code fresh}: changed, new, or gone. */
    public static Catalog withCustomers(Catalog catalog, List<Long> asked, List<Customer> fresh) {
        Map<Long, Customer> byId = new LinkedHashMap<>();
        catalog.customers().forEach(c -> byId.put(c.id(), c));
        asked.forEach(byId::remove);
        fresh.forEach(c -> byId.put(c.id(), c));
        return new Catalog(catalog.settings(), catalog.categories(), catalog.products(), catalog.taxes(),
                catalog.paymentMethods(), new ArrayList<>(byId.values()));
    }

    /** The demo server's catalog, marked as a demo one so the window says DEMO. */
    public static Catalog asDemo(Catalog catalog) {
        ShopSettings s = catalog.settings();
        ShopSettings demo = new ShopSettings(s.configId(), s.configName(), s.companyName(), s.currency(),
                s.taxRounding(), s.sessionId(), s.loginNumber(), s.receiptHeader(), s.receiptFooter(), true);
        return new Catalog(demo, catalog.categories(), catalog.products(), catalog.taxes(), catalog.paymentMethods(),
                catalog.customers());
    }

    /**
     * Stops the worker; a reload in flight may finish (bounded wait). No interrupt: an interrupted H2 write closes
     * the database file.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
