package till.cli;

import java.time.Clock;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import till.catalog.Catalog;
import till.catalog.DemoCatalog;
import till.order.PaidOrder;
import till.print.PrinterSettings;
import till.print.Printers;
import till.print.ReceiptPrint;
import till.print.ReceiptSource;
import till.print.ReceiptText;
import till.setup.PrinterConfig;
import till.store.TillStore;
import till.worker.ExecutorScheduler;

/**
 * {@code till receipt print ORDER [--device D] [--copy]} prints (or reprints) the receipt of a stored paid order;
 * {@code till receipt show ORDER} prints it as text. ORDER is the uid {@code till outbox list} shows. A reprint is
 * always marked DUPLICATE: never a second original. Exit 0, 1 (unknown order, printer offline), 2, 3. Confined to
 * the thread that runs the command line.
 */
@Command(name = "receipt", description = "print ORDER [--device DEVICE] [--copy] | show ORDER: print a paid order's"
        + " receipt (a reprint is marked DUPLICATE), or show it as text")
final class ReceiptCommand {

    private final CommandContext context;
    private final Clock clock;

    ReceiptCommand(CommandContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Command(name = "print", description = "print the receipt of a paid order; once its original printed, a copy")
    int print(@Parameters(paramLabel = "ORDER", description = "the order's uid, as till outbox list shows it")
              String uid,
              @Option(names = "--device", paramLabel = "DEVICE",
                      description = "this printer instead of the configured one") String device,
              @Option(names = "--copy", description = "print it marked DUPLICATE") boolean copy)
            throws Exception {
        PrinterSettings settings;
        try {
            settings = PrinterChoice.settings(context.dataDir(), device);
        } catch (PrinterChoice.Broken e) {
            return PrinterChoice.report(context, "receipt", e);
        }
        try (TillStore store = TillStore.open(context.dataDir(), clock);
             ExecutorScheduler timer = new ExecutorScheduler("print-timer")) {
            PaidOrder paid = store.outbox().find(uid).orElse(null);
            if (paid == null) {
                return unknown(uid);
            }
            Catalog catalog = store.catalogCache().load().orElseGet(DemoCatalog::load);
            ReceiptPrint.Result result = ReceiptPrint.print(store.printJobs(), Printers.open(settings, timer, clock),
                    ReceiptSource.of(() -> catalog, ZoneId.systemDefault()), paid, copy);
            String what = result.duplicate() ? "a copy (DUPLICATE) of the receipt of " : "the receipt of ";
            if (!result.printed()) {
                context.err().println("till receipt: " + what + uid + " did not print on " + settings.device().text()
                        + ": " + result.cause());
                return 1;
            }
            context.out().println("Printed " + what + uid + " (" + paid.name() + ") on " + settings.device().text()
                    + ".");
            return 0;
        }
    }

    @Command(name = "show", description = "show the receipt of a paid order as text, as it prints")
    int show(@Parameters(paramLabel = "ORDER", description = "the order's uid, as till outbox list shows it")
             String uid) throws Exception {
        PrinterConfig printer;
        try {
            printer = PrinterChoice.configured(context.dataDir());
        } catch (PrinterChoice.Broken e) {
            return PrinterChoice.report(context, "receipt", e);
        }
        try (TillStore store = TillStore.open(context.dataDir(), clock)) {
            PaidOrder paid = store.outbox().find(uid).orElse(null);
            if (paid == null) {
                return unknown(uid);
            }
            Catalog catalog = store.catalogCache().load().orElseGet(DemoCatalog::load);
            context.out().print(ReceiptText.show(paid, catalog, ZoneId.systemDefault(), printer.width(), false));
            return 0;
        }
    }

    private int unknown(String uid) {
        context.err().println("till receipt: there is no paid order " + uid + " in this till (till outbox list shows"
                + " them by uid)");
        return 1;
    }
}
