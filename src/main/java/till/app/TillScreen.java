package till.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.catalog.Catalog;
import till.catalog.CatalogRefresh;
import till.catalog.DemoCatalog;
import till.cashmove.CashMoveViewModel;
import till.closing.ClosingViewModel;
import till.fx.Async;
import till.fx.IoThread;
import till.history.HistoryViewModel;
import till.i18n.LanguageChoice;
import till.history.ReceiptCopies;
import till.i18n.Texts;
import till.order.LargeSale;
import till.order.PaidOrder;
import till.outbox.Outbox;
import till.refund.RefundViewModel;
import till.refunds.Refunds;
import till.refunds.ServerRefunds;
import till.register.Register;
import till.session.Denominations;
import till.session.OrderHistory;
import till.session.SessionClosing;
import till.session.SessionServer;
import till.session.ServerOrders;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.sell.Beeper;
import till.sell.Messages;
import till.sell.MoneyFormat;
import till.sell.Receipt;
import till.sell.SellScreenModels;
import till.sell.SellView;
import till.status.ExportChooser;
import till.settings.SetupScreen;
import till.status.PrinterViewModel;
import till.status.CatalogProgressView;
import till.status.CatalogProgressViewModel;
import till.status.StatusViews;
import till.status.StatusWords;
import till.store.TillStore;
import till.worker.Backoff;

/**
 * The till on one data directory, wired: the store, its connections to the server (when given), the catalog (cached,
 * else the demo one), the register, the I/O threads, and the selling screen with the status icons on top. Open it off
 * the FX thread (it opens the database and may start the demo server), build the view on the FX thread, start the
 * connections, close it once on the way out. Thread-safe. Over 250 lines: the one place that wires a till's store,
 * connections and views; the printing ({@link TillPrinting}) and the session opening ({@link SessionOpenings}) have
 * their own classes.
 */
final class TillScreen implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TillScreen.class);
    /** A scanner sends a code's digits a few milliseconds apart, a person about 150 ms (Odoo waits 55-100 ms). */
    static final Duration SCANNER_KEY_GAP = Duration.ofMillis(100);

    /** Builds the connections of a till on its open store; blocks. */
    @FunctionalInterface
    interface BackendFactory {
        Optional<TillBackend> create(TillStore store);
    }

    private final Path dataDir;
    private final TillStore store;
    /** The latest catalog: the register reads it on its I/O thread, a refresh from the server replaces it. */
    private volatile Catalog catalog;
    private final Optional<TillBackend> backend;
    private final Register register;
    private final Clock clock;
    private final IoThread io = new IoThread("till-register-io");
    private final IoThread statusIo = new IoThread("till-status-io");
    private final IoThread search = new IoThread("till-search");
    /** The language of this screen, decided once when the till opens (decision 0230); reopening decides again. */
    private final Locale locale;
    private final Messages messages;
    private final TillPrinting printing;
    /** Who closes the POS session on the server, read once off the FX thread; empty without a usable server. */
    private final Optional<SessionServer> closingServer;
    private final BigDecimal noteThreshold;
    /** Above which Pay asks before a sale, read once off the FX thread. */
    private final LargeSale largeSale;
    /** Cash in / out: empty without a server to send the moves to. */
    private final Optional<CashMoveDesk> cashDesk;
    /** Who the order history searches for earlier sessions' orders, read once off the FX thread. */
    private final Optional<ServerOrders> historyServer;
    private final SessionOpenings openings;
    /** The setup screen's "Restart the till", once the window offers it; FX thread only. */
    private Runnable restart;
    /** The history's Refund, once the window offers refunds; FX thread only. */
    private Consumer<PaidOrder> historyRefund;
    /** Where refunds are committed: the register's outbox (it wakes the sender and queues the receipt). */
    private final Outbox paidOutbox;
    private final ServerRefunds serverRefunds;

    private TillScreen(Path dataDir, TillStore store, Catalog catalog, Optional<TillBackend> backend, Clock clock,
                       boolean pseudoLocale) {
        this.dataDir = dataDir;
        this.locale = LanguageChoice.choose(pseudoLocale, languageSetting(dataDir), catalog.settings().language(),
                backend.flatMap(TillBackend::demoServer).isPresent(), Locale.getDefault());
        this.messages = Messages.forLocale(locale);
        LOG.info("the till speaks {}", locale.toLanguageTag());
        this.store = store;
        this.catalog = catalog;
        this.backend = backend;
        this.clock = clock;
        Outbox outbox = backend.<Outbox>map(b -> new SignallingOutbox(store.outbox(), b::orderPaid))
                .orElse(store.outbox());
        this.printing = TillPrinting.open(dataDir, store, () -> this.catalog,
                backend.flatMap(TillBackend::demoServer).isPresent(), clock, Backoff::standard);
        outbox = printing.around(outbox);
        this.register = new Register(() -> this.catalog, store.openOrders(), store.orderNumbers(), outbox, clock);
        this.paidOutbox = outbox;
        this.serverRefunds = backend.map(b -> RefundWindow.serverRefunds(dataDir, b.demoServer()))
                .orElse(ServerRefunds.NONE);
        this.closingServer = backend.flatMap(b -> ClosingWindow.server(dataDir, b.demoServer()));
        this.noteThreshold = noteThreshold(dataDir);
        this.largeSale = largeSale(dataDir);
        this.cashDesk = backend.flatMap(b -> CashMoveDesk.server(dataDir, b.demoServer()))
                .map(server -> new CashMoveDesk(store.cashMoves(), server, clock));
        this.historyServer = backend.flatMap(b -> HistoryWindow.server(dataDir, b.demoServer()));
        this.openings = new SessionOpenings(closingServer, backend, () -> this.catalog, statusIo.executor(),
                noteThreshold);
    }

    private static Optional<String> languageSetting(Path dataDir) {
        try {
            return new ConfigFile(dataDir).readLanguage();
        } catch (ConfigException e) {
            LOG.warn("{}; the till speaks the Odoo user's language", e.getMessage());
            return Optional.empty();
        }
    }

    private static LargeSale largeSale(Path dataDir) {
        try {
            return new ConfigFile(dataDir).readLargeSale();
        } catch (ConfigException e) {
            LOG.warn("{}; a sale is confirmed above the default limits", e.getMessage());
            return LargeSale.DEFAULT;
        }
    }

    private static BigDecimal noteThreshold(Path dataDir) {
        try {
            return new ConfigFile(dataDir).readNoteThreshold();
        } catch (ConfigException e) {
            LOG.warn("{}; any cash difference at closing needs a note", e.getMessage());
            return BigDecimal.ZERO;
        }
    }

    /**
     * A fresh closing screen model for this till's POS session, or empty when no server can close it (no server, or
     * the shipped demo catalog, which has no session on any server).
     */
    Optional<ClosingViewModel> closingModel(Executor ui) {
        Catalog now = catalog;
        if (closingServer.isEmpty() || backend.isEmpty() || now.settings().sessionId() <= 0) {
            return Optional.empty();
        }
        TillBackend connections = backend.get();
        ClosingViewModel model = new ClosingViewModel(new SessionClosing(store.sessionOrders(), store.cashMoves(),
                closingServer.get(), clock),
                now.settings().sessionId(), now.paymentMethods(), Denominations.of(now.settings().currency().name()),
                noteThreshold, () -> {
                    connections.delivery().sendNow();
                    cashDesk.ifPresent(CashMoveDesk::wake);
                }, new Async(statusIo.executor(), ui), locale(), zone(), money()::format);
        printing.queue().ifPresent(queue -> model.printOn(new ZReportPrinting(queue, () -> this.catalog)));
        return Optional.of(model);
    }

    /**
     * A fresh cash in / out model for this till's POS session, or empty when no server takes cash moves (or the
     * demo catalog, which has no session). A recorded move opens the drawer when the printer has one.
     */
    Optional<CashMoveViewModel> cashMoveModel(Executor ui) {
        long sessionId = catalog.settings().sessionId();
        if (cashDesk.isEmpty() || sessionId <= 0) {
            return Optional.empty();
        }
        return Optional.of(cashDesk.get().model(sessionId, move -> {
            if (printing.drawer()) {
                printing.queue().ifPresent(q -> q.openDrawer());
            }
        }, statusIo.executor(), ui, locale(), money()));
    }

    /** The opening of the next session: its screen's model, when it is due, and the switch to it. */
    SessionOpenings openings() {
        return openings;
    }

    /** A fresh refund screen model; refunds go through the register's outbox, on the register's I/O thread. */
    RefundViewModel refundModel(Executor ui) {
        Refunds refunds = new Refunds(() -> catalog, store.refundHistory(), serverRefunds, store.orderNumbers(),
                paidOutbox, clock);
        return new RefundViewModel(refunds, catalog.paymentMethods(), new Async(io.executor(), ui),
                refund -> LOG.info("refund {} of {} committed", refund.uid(),
                        refund.lines().get(0).refundOf().originalUid()), locale(), money()::format);
    }

    /**
     * The shop's time zone, in which every screen and receipt writes its dates and times: the Odoo user's {@code tz},
     * else (demo, none given) the zone of the till's clock, i.e. the machine's (decision 0246).
     */
    ZoneId zone() {
        return catalog.settings().zone(clock.getZone());
    }

    /** How the till writes amounts of its currency, in its language ({@code 785,04 €}, {@code $785.04}). */
    MoneyFormat money() {
        return new MoneyFormat(catalog.settings().currency(), locale);
    }

    /**
     * The language the till speaks (decision 0230): the selling screen's, the panels', and that of the screens the
     * window opens (closing, opening, history, refund, cash in / out) and of its own dialogs.
     */
    Locale locale() {
        return locale;
    }

    /** Opens the till without any server: it sells and keeps its paid orders, and shows no connection icons. */
    static TillScreen open(Path dataDir, Clock clock) {
        return open(dataDir, clock, store -> Optional.empty());
    }

    /**
     * Opens the store of the data directory, builds the connections and loads the catalog (after the connections,
     * because the demo mode caches the demo server's catalog the first time).
     *
     * @throws till.store.StoreException with a message for a person when the store cannot be opened
     */
    static TillScreen open(Path dataDir, Clock clock, BackendFactory backends) {
        return open(dataDir, clock, backends, false);
    }

    /**
     * Opens the till as {@link #open(Path, Clock, BackendFactory)} does, in the pseudo-locale when asked
     * ({@code --pseudo-locale}).
     */
    static TillScreen open(Path dataDir, Clock clock, BackendFactory backends, boolean pseudoLocale) {
        TillStore store = TillStore.open(dataDir, clock);
        Optional<TillBackend> backend = Optional.empty();
        try {
            backend = backends.create(store);
            Catalog catalog = store.catalogCache().load().map(c -> asConfigured(dataDir, store, c))
                    .orElseGet(DemoCatalog::load);
            LOG.info("selling from {} with {} products{}", dataDir, catalog.products().size(),
                    catalog.settings().demo() ? " (demo catalog)" : "");
            return new TillScreen(dataDir, store, catalog, backend, clock, pseudoLocale);
        } catch (RuntimeException e) {
            backend.ifPresent(TillBackend::close);
            store.close();
            throw e;
        }
    }

    /**
     * The cached catalog, flagged as the configuration says: with a server set up it is not a demo one, whatever an
     * earlier demo run left in the cache (the demo mode's refresh may store its catalog after a setup); the cache is
     * corrected too (decision 0245).
     */
    private static Catalog asConfigured(Path dataDir, TillStore store, Catalog cached) {
        if (!cached.settings().demo() || !new ConfigFile(dataDir).exists()) {
            return cached;
        }
        Catalog real = CatalogRefresh.withDemo(cached, false);
        store.catalogCache().replaceShop(real);
        LOG.info("a server is set up: the cached catalog is no longer marked as the demo one");
        return real;
    }

    Catalog catalog() {
        return catalog;
    }

    /** What the setup screen's "Restart the till" does; before {@link #view}. FX thread only. */
    void offerRestart(Runnable restart) {
        this.restart = restart;
    }

    /** The catalog in the store's cache (what the next start sells from). Blocks on the store: not on the FX thread. */
    Optional<Catalog> storedCatalog() {
        return store.catalogCache().load();
    }

    Messages messages() {
        return messages;
    }

    Optional<TillBackend> backend() {
        return backend;
    }

    /** The window title: says DEMO when the catalog is a demo one. */
    String title() {
        return messages.get(catalog.settings().demo() ? "app.title.demo" : "app.title");
    }

    /** Builds the screen with the production file chooser for the outbox export. FX thread only. */
    Parent view(Executor ui, Duration barcodeKeyGap) {
        return view(ui, barcodeKeyGap, ExportChooser.fileChooser());
    }

    /**
     * Builds the selling screen with the status icons and panels, and starts loading the open orders and following
     * the connections' statuses. FX thread only.
     *
     * @param ui            runs results on the FX thread ({@code Platform::runLater})
     * @param barcodeKeyGap the longest pause between two keys of one scan
     * @param chooser       where the outbox panel exports to
     */
    Parent view(Executor ui, Duration barcodeKeyGap, ExportChooser chooser) {
        return view(ui, barcodeKeyGap, chooser, Runnable::run, List.of());
    }

    /**
     * Builds the screen as {@link #view(Executor, Duration, ExportChooser)} does, with the settings behind a gate and
     * more controls at the end of the status area. FX thread only.
     *
     * @param settingsGate runs the opening of the settings when it may happen (after the manager PIN)
     * @param moreStatus   controls for the end of the status area (the kiosk's manager button)
     */
    Parent view(Executor ui, Duration barcodeKeyGap, ExportChooser chooser, Consumer<Runnable> settingsGate,
                List<Node> moreStatus) {
        SellScreenModels models = SellScreenModels.create(register, catalog, new Async(io.executor(), ui),
                new Async(search.executor(), ui), messages, zone(), money(), Beeper.SYSTEM);
        models.sell().useLargeSale(largeSale);
        SellView view = new SellView(models, messages, System::nanoTime, barcodeKeyGap, clock);
        view.getStylesheets().add(SellView.class.getResource("till.css").toExternalForm());
        models.session().start();
        offerHistory(view, ui);
        List<Node> printer = printing(view, ui);
        if (backend.isEmpty()) {
            view.addStatus(printer);
            view.addStatus(moreStatus);
            return view;
        }
        backend.get().catalogRefresh().addListener(fresh -> {
            // The register sells with it at once; the screen shows it on the FX thread.
            this.catalog = fresh;
            ui.execute(() -> models.replaceCatalog(fresh));
            openings.catalogChanged(fresh, ui);
        });
        // Products loading in the background (docs/catalog.md): a line in the status area until all are there.
        CatalogProgressViewModel progress = new CatalogProgressViewModel(locale);
        backend.get().catalogRefresh().addProgressListener(ui, p -> progress.show(p.loaded(), p.total(), p.done()));
        StatusViews status = statusViews(backend.get(), ui, chooser);
        SetupScreen setup = new SetupScreen(new ServerSetup(dataDir, store), new PrinterSetup(dataDir, clock),
                new Async(statusIo.executor(), ui), settingsGate, locale());
        if (restart != null) {
            setup.model().offerRestart(restart);
        }
        view.addStatus(List.of(new CatalogProgressView(progress)));
        view.addStatus(status.icons());
        view.addStatus(printer);
        view.addStatus(List.of(setup.button()));
        view.addStatus(moreStatus);
        StackPane root = new StackPane(view);
        // The panels are the selling screen's siblings: they need its colour names (.till) to be defined above them.
        root.getStyleClass().add("till");
        root.getChildren().addAll(status.overlays());
        root.getChildren().add(setup.panel());
        root.getStylesheets().addAll(SellView.class.getResource("till.css").toExternalForm(), StatusViews.STYLESHEET);
        status.listen(ui);
        return root;
    }

    /** Where the history's Refund button leads: the refund screen on that order. FX thread only. */
    void offerRefundFromHistory(Consumer<PaidOrder> refundFlow) {
        this.historyRefund = refundFlow;
    }

    /** The order history of the session: the top bar's Orders button and F3. FX thread only. */
    private void offerHistory(SellView view, Executor ui) {
        Async async = new Async(statusIo.executor(), ui);
        Supplier<Window> owner = () -> view.getScene() == null ? null : view.getScene().getWindow();
        ReceiptCopies copies = HistoryWindow.copies(printing, async, owner);
        OrderHistory history = new OrderHistory(store.sessionOrders());
        view.offerHistory(() -> {
            Catalog now = catalog;
            Receipt receipt = new Receipt(now, zone());
            HistoryViewModel model = new HistoryViewModel(() -> history.of(now.settings().sessionId(), now),
                    receipt::rows, copies, historyServer, async, locale());
            if (historyRefund != null) {
                model.offerRefund(historyRefund);
            }
            HistoryWindow.show(owner.get(), model, new MoneyFormat(now.settings().currency(), locale),
                    Texts.of("till.app.texts", locale), now.settings().zone(clock.getZone()));
        });
    }

    /** Print / Reprint on the receipt screen, and the printer indicator; nothing without a printer. FX thread only. */
    private List<Node> printing(SellView view, Executor ui) {
        if (printing.queue().isEmpty()) {
            return List.of();
        }
        ScreenPrinting screen = new ScreenPrinting(printing, new Async(statusIo.executor(), ui),
                () -> view.getScene() == null ? null : view.getScene().getWindow(), locale());
        view.usePrinting(screen);
        PrinterViewModel model = new PrinterViewModel(printing.queue().get(), printing.simulated().isPresent(),
                screen::showLatest, zone(), locale());
        model.listen(ui);
        return List.of(StatusViews.printerIndicator(model));
    }

    /** Whether the manager may open a cash drawer on the till's printer. */
    boolean hasDrawer() {
        return printing.drawer();
    }

    /** The manager's "Open cash drawer": queued off the FX thread, behind the receipts before it. */
    void openDrawer() {
        statusIo.executor().execute(() -> printing.queue().ifPresent(q -> q.openDrawer()));
    }

    private StatusViews statusViews(TillBackend connections, Executor ui, ExportChooser chooser) {
        MoneyFormat money = money();
        return new StatusViews(connections.delivery(), new OutboxFile(store.outbox()), connections.pushChannel(),
                new Async(statusIo.executor(), ui), new StatusWords(money, clock, zone(), locale()), money,
                chooser, catalog.settings().demo());
    }

    /** Starts the print queue, sending orders and the push channel; returns at once. */
    void startConnections() {
        printing.start();
        backend.ifPresent(TillBackend::start);
        cashDesk.ifPresent(CashMoveDesk::start);
    }

    /** How many paid orders have not reached the server, as the sender last counted (0 without a server). */
    int unsentOrders() {
        return backend.map(b -> b.senderStatus().unsent() + b.senderStatus().rejected()).orElse(0);
    }

    /** Exports the unsent orders off the FX thread, then hands the outcome (null when fine) to {@code done} on ui. */
    void exportUnsent(Path file, Executor ui, Consumer<Exception> done) {
        new Async(statusIo.executor(), ui).run(() -> new OutboxFile(store.outbox()).export(file), n -> done.accept(
                null), done);
    }

    /** What a SIGTERM runs before the store closes: the owner's close flow (see {@link TillStore#beforeShutdown}). */
    void beforeShutdown(Runnable closeFlow) {
        store.beforeShutdown(closeFlow);
    }

    /**
     * Stops the push channel, the sender and the demo server, lets queued register calls finish (a payment in flight
     * reaches the disk), then closes the store.
     */
    @Override
    public void close() {
        try {
            backend.ifPresent(TillBackend::close);
            cashDesk.ifPresent(CashMoveDesk::close);
            io.close();
            statusIo.close();
            printing.close();
            search.close();
        } finally {
            store.close();
        }
    }
}
