package till.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.fx.Async;
import till.fx.IoThread;
import till.register.Register;
import till.sell.Messages;
import till.sell.SellScreenModels;
import till.sell.SellView;
import till.store.TillStore;

/**
 * The till on one data directory, wired: the store, the catalog (cached, else the demo one), the register, the I/O
 * thread, and the selling screen built on top. Open it off the FX thread (it opens the database), build the view
 * on the FX thread, close it once on the way out. Thread-safe.
 */
final class TillScreen implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TillScreen.class);
    /** A scanner sends a code's digits a few milliseconds apart, a person about 150 ms (Odoo waits 55-100 ms). */
    static final Duration SCANNER_KEY_GAP = Duration.ofMillis(100);

    private final TillStore store;
    private final Catalog catalog;
    private final Register register;
    private final IoThread io = new IoThread("till-register-io");
    private final Messages messages = Messages.forLocale(Locale.getDefault());

    private TillScreen(TillStore store, Catalog catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.register = new Register(() -> catalog, store.openOrders(), store.orderNumbers(), store.outbox(), clock);
    }

    /**
     * Opens the store of the data directory and loads the catalog.
     *
     * @throws till.store.StoreException with a message for a person when the store cannot be opened
     */
    static TillScreen open(Path dataDir, Clock clock) {
        TillStore store = TillStore.open(dataDir, clock);
        try {
            Catalog catalog = store.catalogCache().load().orElseGet(DemoCatalog::load);
            LOG.info("selling from {} with {} products{}", dataDir, catalog.products().size(),
                    catalog.settings().demo() ? " (demo catalog)" : "");
            return new TillScreen(store, catalog, clock);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    Catalog catalog() {
        return catalog;
    }

    Messages messages() {
        return messages;
    }

    /** The window title: says DEMO when the catalog is the demo one. */
    String title() {
        return messages.get(catalog.settings().demo() ? "app.title.demo" : "app.title");
    }

    /**
     * Builds the selling screen and starts loading the open orders. FX thread only.
     *
     * @param ui            runs results on the FX thread ({@code Platform::runLater})
     * @param barcodeKeyGap the longest pause between two keys of one scan
     */
    SellView view(Executor ui, Duration barcodeKeyGap) {
        SellScreenModels models = SellScreenModels.create(register, catalog, new Async(io.executor(), ui), messages,
                ZoneId.systemDefault());
        SellView view = new SellView(models, messages, System::nanoTime, barcodeKeyGap);
        view.getStylesheets().add(SellView.class.getResource("till.css").toExternalForm());
        models.session().start();
        return view;
    }

    /** Lets queued register calls finish (a payment in flight reaches the disk), then closes the store. */
    @Override
    public void close() {
        try {
            io.close();
        } finally {
            store.close();
        }
    }
}
