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
 * Keeps the till's catalog in step with the server. A catalog loaded when the till connects, or reloaded after the
 * push channel was away longer than the server keeps notifications, replaces the store's catalog cache and goes to
 * the listeners (the register and the selling screen); the customers that {@code pos_partner_sync} names are read
 * again and replaced in it. Reloads are requests queued for one {@link Worker} {@code catalog-refresh}, so the push
 * channel never waits for them. A reload the server cannot serve is logged and the till keeps what it has; anything
 * else a reload throws fails the worker, which shows it ({@link #addStatusListener}) and starts again. Thread-safe.
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
    private final Queue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final Worker worker;

    /** @param demo whether the catalogs are the demo server's (the window then says DEMO) */
    public CatalogRefresh(CatalogCache cache, boolean demo, Loader loader, CustomerReader customers) {
        this.cache = cache;
        this.demo = demo;
        this.loader = loader;
        this.customers = customers;
        this.worker = new Worker("catalog-refresh", new Requests(), new WakeableSleeper(), Backoff.standard(),
                Clock.systemUTC());
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

    /** Calls {@code listener} on {@code executor} with the worker's status now and with every change. */
    public void addStatusListener(Executor executor, Consumer<WorkerStatus> listener) {
        worker.addListener(executor, listener);
    }

    /** Stores a catalog just loaded from the server (on the caller's thread) and hands it to the listeners. */
    public void loaded(Catalog fresh) {
        Catalog stored = demo ? asDemo(fresh) : fresh;
        cache.replace(stored);
        LOG.info("catalog refreshed from the server: {} products, {} customers", stored.products().size(),
                stored.customers().size());
        listeners.publish(stored);
    }

    /** Loads the whole catalog again, off the caller's thread (the push channel missed notifications). */
    public void reloadAll() {
        request(this::reloadAllNow);
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
        cache.replace(stored);
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
            if (next == null) {
                // Idle, not back-off: a request queued while this round looked must end the wait at once.
                return Pause.idle(IDLE);
            }
            next.run();
            return Pause.NONE;
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
        ShopSettings s = catalog.settings();
        ShopSettings demo = new ShopSettings(s.configId(), s.configName(), s.companyName(), s.currency(),
                s.taxRounding(), s.sessionId(), s.loginNumber(), s.receiptHeader(), s.receiptFooter(), true)
                .withCompany(s.companyAddress(), s.companyPhone(), s.companyEmail(), s.companyWebsite(),
                        s.companyVat(), s.vatLabel(), s.logo())
                .withSeller(s.language(), s.cashier());
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
