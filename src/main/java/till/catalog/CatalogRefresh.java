package till.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.worker.Backoff;
import till.worker.Job;
import till.worker.Listeners;
import till.worker.Pause;
import till.worker.WakeableSleeper;
import till.worker.Worker;
import till.worker.WorkerStatus;

/**
 * Keeps the till's catalog in step with the server. When the till connects ({@link #connected}) the shop's data that
 * came with the login is stored and, where the server's version pages its products ({@link ProductFeed}), the
 * products follow in the background: a full load page by page that resumes where it stopped, else only what changed
 * (docs/catalog.md); the till sells from what has arrived meanwhile. A catalog reloaded after the push channel was
 * away longer than the server keeps notifications goes the same way; the customers that {@code pos_partner_sync}
 * names are read again and replaced. Every stored catalog goes to the listeners (the register and the selling
 * screen), the load's progress to the progress listeners (the status area). Reloads are requests queued for one
 * {@link Worker} {@code catalog-refresh}, so the push channel never waits for them. A load the server cannot serve is
 * logged and tried again with back-off, from the last stored page; anything else a reload throws fails the worker,
 * which shows it ({@link #addStatusListener}) and starts again. Thread-safe.
 *
 * <p>Near 300 lines: the one place that orders every write of the catalog cache (connects, reloads, customers) on one
 * thread; the product load itself is {@link ProductLoad}.
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
    private final Listeners<Catalog> listeners = new Listeners<>();
    private final Listeners<CatalogProgress> progress = new Listeners<>();
    private final Queue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final Clock clock;
    private final Backoff retryBackoff = Backoff.standard();
    private final Worker worker;
    /** The shop of the last connect and how its products are read; confined to the worker's thread. */
    private Catalog shop;
    private ProductFeed feed;
    /** The cached products as the last complete load left them (null: read the cache); worker's thread. */
    private List<Product> products;
    /** A product load that failed, tried again after a back-off unless a request comes first; worker's thread. */
    private Runnable retry;

    /** @param demo whether the catalogs are the demo server's (the window then says DEMO) */
    public CatalogRefresh(CatalogCache cache, boolean demo, Loader loader, CustomerReader customers) {
        this(cache, demo, loader, customers, Clock.systemUTC());
    }

    /** @param clock when ids were last reconciled with the server's is measured on it */
    public CatalogRefresh(CatalogCache cache, boolean demo, Loader loader, CustomerReader customers, Clock clock) {
        this.cache = cache;
        this.demo = demo;
        this.loader = loader;
        this.customers = customers;
        this.clock = clock;
        this.worker = new Worker("catalog-refresh", new Requests(), new WakeableSleeper(), Backoff.standard(),
                clock);
    }

    /** A refresh that never reaches a server (the till has none it can use). */
    public static CatalogRefresh none(CatalogCache cache) {
        return new CatalogRefresh(cache, false, () -> {
            throw new Exception("no server to load the catalog from");
        }, ids -> List.of());
    }

    /** Starts the worker; requests made before wait for it. @throws IllegalStateException unless new */
    public void start() {
        worker.start();
    }

    /** Gets every catalog stored from now on, on the storing thread (hand it on to the FX thread yourself). */
    public void addListener(Consumer<Catalog> listener) {
        listeners.add(Runnable::run, listener);
    }

    /** Calls {@code listener} on {@code executor} with every step of the product load. */
    public void addProgressListener(Executor executor, Consumer<CatalogProgress> listener) {
        progress.add(executor, listener);
    }

    /** Calls {@code listener} on {@code executor} with the worker's status now and with every change. */
    public void addStatusListener(Executor executor, Consumer<WorkerStatus> listener) {
        worker.addListener(executor, listener);
    }

    /** Stores a catalog just loaded from the server (on the caller's thread) and hands it to the listeners. */
    public void loaded(Catalog fresh) {
        request(() -> products = null);
        Catalog stored = demo ? asDemo(fresh) : fresh;
        cache.replace(stored);
        LOG.info("catalog refreshed from the server: {} products, {} customers", stored.products().size(),
                stored.customers().size());
        listeners.publish(stored);
    }

    /**
     * The till connected and read the shop's data. With a feed, the shop's data (settings, categories, taxes, payment
     * methods, customers: a few rows) is stored on the caller's thread, and the products are read through the feed in
     * the background: the push channel does not wait for them. Without one (a version that sent every product with
     * the login), the catalog is stored as it is, as {@link #loaded} does.
     */
    public void connected(Catalog fresh, Optional<ProductFeed> products) {
        if (products.isEmpty()) {
            request(() -> {
                retry = null;
                feed = null;
            });
            loaded(fresh);
            return;
        }
        Catalog stored = demo ? asDemo(fresh) : fresh;
        cache.replaceShop(stored);
        request(() -> {
            retry = null;
            shop = stored;
            feed = products.get();
            loadProducts(false);
        });
    }

    /**
     * Loads the catalog again, off the caller's thread (the push channel missed notifications): where products come
     * through a feed, what changed since the last load and a reconcile of the ids; else the whole catalog.
     */
    public void reloadAll() {
        request(() -> {
            if (feed != null) {
                retry = null;
                loadProducts(true);
            } else {
                reloadAllNow();
            }
        });
    }

    private void loadProducts(boolean reconcile) {
        Catalog base = shop;
        // The products the last load left are the cache's: a reconnect need not read and parse 50 000 rows again.
        List<Product> cached = products != null ? products : cache.load().map(Catalog::products).orElse(List.of());
        products = null;
        if (!cached.isEmpty()) {
            listeners.publish(withProducts(base, cached));
        }
        ProductLoad load = new ProductLoad(cache, feed, clock, stored -> listeners.publish(withProducts(base,
                stored)), progress::publish);
        try {
            load.run(cached, reconcile);
            products = load.products();
            retryBackoff.reset();
        } catch (RuntimeException unexpected) {
            throw unexpected;
        } catch (Exception e) {
            LOG.warn("cannot load the catalog's products now; the till sells from what it has and tries again from"
                    + " the last stored page: {}", e.getMessage());
            retry = () -> loadProducts(reconcile);
        }
    }

    private static Catalog withProducts(Catalog base, List<Product> products) {
        return new Catalog(base.settings(), base.categories(), products, base.taxes(), base.paymentMethods(),
                base.customers());
    }

    /** Reads these customers again and replaces them in the catalog, off the caller's thread. */
    public void reloadCustomers(List<Long> ids) {
        request(() -> reloadCustomersNow(ids));
    }

    private void request(Runnable reload) {
        requests.add(reload);
        worker.wake();
    }

    private void reloadAllNow() {
        Catalog fresh;
        try {
            fresh = loader.load();
        } catch (RuntimeException unexpected) {
            throw unexpected;
        } catch (Exception e) {
            LOG.warn("cannot reload the catalog; the till sells from the one it has: {}", e.getMessage());
            return;
        }
        loaded(fresh);
    }

    private void reloadCustomersNow(List<Long> ids) {
        Optional<Catalog> current = cache.load();
        if (current.isEmpty()) {
            LOG.info("customers {} changed on the server, but the till has no cached catalog to update", ids);
            return;
        }
        List<Customer> fresh;
        try {
            fresh = customers.read(ids);
        } catch (RuntimeException unexpected) {
            throw unexpected;
        } catch (Exception e) {
            LOG.warn("cannot reload customers {}; the till keeps the ones it has: {}", ids, e.getMessage());
            return;
        }
        Catalog stored = withCustomers(current.get(), ids, fresh);
        // Only the customers' table can differ: the products are not compared or written.
        cache.replaceShop(stored);
        LOG.info("customers {} reloaded from the server ({} still offered)", ids, fresh.size());
        listeners.publish(stored);
    }

    /** The worker's job: one queued reload per round. */
    private final class Requests implements Job {

        /** With nothing queued the worker waits this long, or until a request wakes it. */
        private static final Duration IDLE = Duration.ofHours(1);

        @Override
        public Pause round() {
            Runnable next = requests.poll();
            if (next == null && retry != null) {
                next = retry;
                retry = null;
            }
            if (next == null) {
                // Idle, not back-off: a request queued while this round looked must end the wait at once.
                return Pause.idle(IDLE);
            }
            next.run();
            // A request (a reconnect) ends the wait; the load then resumes from its last stored page anyway.
            return retry == null ? Pause.NONE : Pause.idle(retryBackoff.next());
        }
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
        return withDemo(catalog, true);
    }

    /** The catalog marked as a demo one or not: a configured server's catalog is not (decision 0245). */
    public static Catalog withDemo(Catalog catalog, boolean flag) {
        ShopSettings s = catalog.settings();
        ShopSettings demo = new ShopSettings(s.configId(), s.configName(), s.companyName(), s.currency(),
                s.taxRounding(), s.sessionId(), s.loginNumber(), s.receiptHeader(), s.receiptFooter(), flag)
                .withCompany(s.companyAddress(), s.companyPhone(), s.companyEmail(), s.companyWebsite(),
                        s.companyVat(), s.vatLabel(), s.logo())
                .withSeller(s.language(), s.cashier()).withTaxDisplay(s.taxDisplay()).withTimeZone(s.timeZone())
                .withCashRounding(s.cashRounding());
        return new Catalog(demo, catalog.categories(), catalog.products(), catalog.taxes(), catalog.paymentMethods(),
                catalog.customers());
    }

    /**
     * Stops the worker; a reload in flight may finish (bounded wait), queued ones are dropped. No interrupt: an
     * interrupted H2 write closes the database file.
     */
    @Override
    public void close() {
        try {
            if (!worker.stop(Duration.ofSeconds(5))) {
                LOG.warn("a catalog reload was still running when the till stopped; it ends by its own timeout");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
