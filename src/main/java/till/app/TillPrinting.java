package till.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.catalog.Catalog;
import till.order.PaidOrder;
import till.outbox.Outbox;
import till.print.FolderPrinter;
import till.print.PaperWidth;
import till.print.PrintQueue;
import till.print.Printer;
import till.print.Printers;
import till.print.ReceiptBuilder;
import till.print.ReceiptSource;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.PrinterConfig;
import till.store.TillStore;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;

/**
 * The till's receipt printer, wired: the print queue (a worker named {@value PrintQueue#NAME}) on the printer of
 * {@code till.properties}, or in demo mode without one on the simulated printer; the receipt queued right after each
 * payment when auto-print is on, the drawer kicked on cash. Without a printer it does nothing. Start it with the
 * other workers; close it before the store. Thread-safe.
 */
final class TillPrinting implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TillPrinting.class);
    private static final Duration STOP_BOUND = Duration.ofSeconds(5);

    private final Optional<PrintQueue> queue;
    private final Optional<FolderPrinter> simulated;
    private final PrinterConfig config;
    private final ExecutorScheduler timer;

    private TillPrinting(Optional<PrintQueue> queue, Optional<FolderPrinter> simulated, PrinterConfig config,
                         ExecutorScheduler timer) {
        this.queue = queue;
        this.simulated = simulated;
        this.config = config;
        this.timer = timer;
    }

    /** No printer: no queue, no indicator, no Print button. */
    static TillPrinting none() {
        return new TillPrinting(Optional.empty(), Optional.empty(), PrinterConfig.NONE, null);
    }

    /**
     * The printer of the data directory's {@code till.properties}; in demo mode without one, the simulated printer.
     *
     * @param catalog the catalog in use when a receipt prints
     */
    static TillPrinting open(Path dataDir, TillStore store, Supplier<Catalog> catalog, boolean demo, Clock clock,
                             Supplier<Backoff> backoffs) {
        PrinterConfig config = configured(dataDir);
        if (!config.configured() && !demo) {
            return none();
        }
        ExecutorScheduler timer = new ExecutorScheduler("print-timer");
        Optional<FolderPrinter> simulated = Optional.empty();
        Printer printer;
        if (config.configured()) {
            printer = Printers.open(config.settings().orElseThrow(), timer, clock);
        } else {
            FolderPrinter folder = Printers.simulated(dataDir, PaperWidth.MM80, clock);
            simulated = Optional.of(folder);
            printer = folder;
            config = PrinterConfig.NONE;
        }
        LOG.info("receipts print on {}{}", printer.device(), simulated.isPresent() ? " (the demo printer)" : "");
        PrintQueue queue = new PrintQueue(store.printJobs(), printer, shopZoneReceipts(catalog, clock),
                new WakeableSleeper(), backoffs, clock);
        return new TillPrinting(Optional.of(queue), simulated, config, timer);
    }

    /** Receipts dated in the shop's zone of the catalog in use when they print (decision 0246). */
    private static ReceiptSource shopZoneReceipts(Supplier<Catalog> catalog, Clock clock) {
        return (paid, duplicate) -> {
            Catalog now = catalog.get();
            return new ReceiptBuilder(now.settings().zone(clock.getZone())).build(paid, now, duplicate);
        };
    }

    private static PrinterConfig configured(Path dataDir) {
        try {
            return new ConfigFile(dataDir).readPrinter();
        } catch (ConfigException e) {
            // Checked before any window opens (ConfigCheck); a file edited since only loses the printer.
            LOG.warn("no receipt printer: {}", e.getMessage());
            return PrinterConfig.NONE;
        }
    }

    Optional<PrintQueue> queue() {
        return queue;
    }

    /** The demo printer, whose receipts are pictures the screen can show. */
    Optional<FolderPrinter> simulated() {
        return simulated;
    }

    boolean autoPrint() {
        return config.autoPrint();
    }

    /** Whether the manager can open a drawer on this printer. */
    boolean drawer() {
        return queue.isPresent() && config.drawer();
    }

    /** The outbox the register commits to: after each commit, the receipt is queued (or the drawer kicked). */
    Outbox around(Outbox outbox) {
        return queue.isEmpty() ? outbox : new PrintingOutbox(outbox, this::paid);
    }

    /** Right after a payment is committed, on the register's I/O thread: never waits for the printer. */
    private void paid(PaidOrder paid) {
        PrintQueue printing = queue.orElseThrow();
        try {
            if (config.autoPrint()) {
                printing.receiptPaid(paid, config.drawer());
            } else if (config.drawer() && ReceiptBuilder.paidInCash(paid)) {
                printing.openDrawer();
            }
        } catch (RuntimeException e) {
            // The order is paid and committed: a problem of the print table must never fail the payment (0142).
            LOG.error("the receipt of {} could not be queued; reprint it from the receipt screen", paid.uid(), e);
        }
    }

    void start() {
        queue.ifPresent(PrintQueue::start);
    }

    @Override
    public void close() {
        try {
            if (queue.isPresent() && !queue.get().stop(STOP_BOUND)) {
                LOG.warn("the print queue did not stop within {} s; its receipts stay queued", STOP_BOUND.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (timer != null) {
                timer.close();
            }
        }
    }
}
