package till.print;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import till.order.PaidOrder;
import till.store.TillStore;
import till.testsupport.Await;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;
import till.worker.WorkerState;

/**
 * A till in a child JVM for {@link PrintCrashTest}: it starts its print queue on a printer, pays one order in cash
 * as the till does (committed, then its receipt queued, or in mode {@code paid-only} killed before the queueing),
 * prints {@code paid <uid>} and waits to be killed. Arguments: data directory, printer device, mode, order number.
 */
public final class PrintChild {

    private PrintChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String mode = args[2];
        TillStore store = TillStore.open(dataDir, Clock.systemUTC());
        PrinterSettings settings = PrinterSettings.of(args[1], PaperWidth.MM80)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(120));
        PrintQueue queue = new PrintQueue(store.printJobs(), Printers.open(settings,
                new ExecutorScheduler("print-timer"), Clock.systemUTC()), ReceiptSource.of(() ->
                ReceiptFixtures.catalog("en_US", ReceiptFixtures.EUR), ReceiptFixtures.ZONE), new WakeableSleeper(),
                () -> new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), () -> 0.5), Clock.systemUTC());
        queue.start();
        Await.until(() -> queue.status().worker().state() == WorkerState.RUNNING, "the print queue running", 30);

        PaidOrder order = ReceiptFixtures.order(Integer.parseInt(args[3]), true, Clock.systemUTC().instant());
        store.outbox().commitPaid(order);
        if (!mode.equals("paid-only")) {
            queue.receiptPaid(order);
        }
        System.out.println("paid " + order.uid());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
