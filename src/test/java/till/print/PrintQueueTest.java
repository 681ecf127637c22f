package till.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.order.PaidOrder;
import till.print.EscPosDecoder.Command;
import till.print.EscPosDecoder.Kick;
import till.store.TillStore;
import till.testsupport.Await;
import till.testsupport.MutableClock;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;
import till.worker.WorkerState;

/**
 * The print queue with a real store (H2 in a temp dir), a real worker and the fake printer on loopback TCP: selling
 * never waits for the printer, and every receipt prints once, in order, when the printer is back.
 */
class PrintQueueTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(ReceiptFixtures.PAID_AT);
    private final Catalog catalog = ReceiptFixtures.catalog("en_US", ReceiptFixtures.EUR);
    private final List<PrintStatus> seen = new CopyOnWriteArrayList<>();
    private TillStore store;
    private FakeEscPosPrinter fake;
    private ExecutorScheduler scheduler;
    private PrintQueue queue;

    @BeforeEach
    void open() throws Exception {
        store = TillStore.open(dir, clock);
        fake = FakeEscPosPrinter.start();
        scheduler = new ExecutorScheduler("print-timer-test");
    }

    @AfterEach
    void close() throws Exception {
        if (queue != null) {
            assertThat(queue.stop(Duration.ofSeconds(5))).isTrue();
        }
        fake.close();
        scheduler.close();
        store.close();
    }

    @Test
    void threeOrdersPaidWhileThePrinterIsOffPrintOnceEachInOrderWhenItComesBack() throws Exception {
        fake.switchOff();
        start(Duration.ofSeconds(2));

        for (int n = 1; n <= 3; n++) {
            pay(ReceiptFixtures.order(n, false));
        }
        Await.until(() -> queue.status().printer() == PrinterState.OFFLINE, "the printer shown offline", 10);
        assertThat(queue.status().cause()).contains("cannot reach the printer");
        assertThat(queue.status().waiting()).isEqualTo(3);

        fake.switchOn();
        Await.until(() -> queue.status().waiting() == 0, "the receipts printed", 20);

        List<List<Command>> receipts = EscPosDecoder.receipts(fake.sessions());
        assertThat(receipts).extracting(PrintQueueTest::reference).containsExactly("Order 00007-001-0001",
                "Order 00007-001-0002", "Order 00007-001-0003");
        assertThat(receipts).allSatisfy(r -> assertThat(EscPosDecoder.lines(r))
                .noneMatch(l -> l.contains("DUPLICATE")));
        assertThat(queue.jobs(10)).extracting(PrintJob::state).containsOnly(PrintJobState.PRINTED).hasSize(3);
        // The last job's state is stored before the worker publishes READY: wait for the status, do not race it.
        Await.until(() -> queue.status().printer() == PrinterState.READY, "ready once the queue is empty", 10);
        assertThat(seen).extracting(PrintStatus::printer).containsSubsequence(PrinterState.OFFLINE,
                PrinterState.PRINTING, PrinterState.READY);
    }

    @Test
    void payingDoesNotWaitForAPrinterThatHangs() throws Exception {
        fake.stall(true);
        start(Duration.ofSeconds(30));
        pay(ReceiptFixtures.order(1, false));
        Await.until(() -> queue.status().printer() == PrinterState.PRINTING, "the worker stuck at the printer", 10);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            pay(ReceiptFixtures.order(2, false));
            pay(ReceiptFixtures.order(3, true));
        });

        assertThat(queue.status().waiting()).isEqualTo(3);
        fake.stall(false);
    }

    @Test
    void aReceiptCutOffByAnUnpluggedPrinterPrintsOnceCompleteMarkedDuplicateWhenItIsBack() throws Exception {
        fake.unplugAfter(300);
        start(Duration.ofSeconds(2));

        pay(ReceiptFixtures.order(1, true));
        Await.until(() -> queue.jobs(1).get(0).attempts() >= 1, "the cut-off try recorded", 10);
        PrintJob retry = queue.jobs(1).get(0);
        assertThat(retry.state()).isEqualTo(PrintJobState.QUEUED);
        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.kick()).as("the drawer opened with the first try").isFalse();
        assertThat(retry.lastError()).contains("broke", "DUPLICATE");

        fake.switchOn();
        Await.until(() -> queue.status().waiting() == 0, "the receipt printed", 20);

        List<byte[]> sessions = fake.sessions();
        assertThat(EscPosDecoder.receipts(sessions.get(0))).as("the cut-off first try").isEmpty();
        List<List<Command>> complete = EscPosDecoder.receipts(fake.sessions());
        assertThat(complete).hasSize(1);
        assertThat(EscPosDecoder.lines(complete.get(0))).anyMatch(l -> l.strip().equals("DUPLICATE"))
                .anyMatch(l -> l.startsWith("TOTAL") && l.endsWith("6.62 \u20ac"));
        assertThat(complete.get(0)).doesNotHaveAnyElementsOfTypes(Kick.class);
        assertThat(EscPosDecoder.decode(sessions.get(0))).as("the first try kicked").contains(new Kick(0, 25, 250));
    }

    @Test
    void aCashPaymentOpensTheDrawerAndACardPaymentDoesNot() throws Exception {
        start(Duration.ofSeconds(2));

        pay(ReceiptFixtures.order(1, true));
        pay(ReceiptFixtures.order(2, false));
        Await.until(() -> EscPosDecoder.receipts(fake.sessions()).size() == 2, "two receipts", 20);

        List<List<Command>> receipts = EscPosDecoder.receipts(fake.sessions());
        assertThat(receipts.get(0)).contains(new Kick(0, 25, 250));
        assertThat(receipts.get(1)).doesNotHaveAnyElementsOfTypes(Kick.class);
    }

    @Test
    void aCashReceiptPrintedMinutesLaterNoLongerOpensTheDrawer() throws Exception {
        fake.switchOff();
        start(Duration.ofSeconds(2));
        pay(ReceiptFixtures.order(1, true));
        Await.until(() -> queue.status().printer() == PrinterState.OFFLINE, "the printer shown offline", 10);

        clock.advance(PrintQueue.KICK_WINDOW.plusSeconds(1));
        fake.switchOn();
        Await.until(() -> queue.status().waiting() == 0, "the receipt printed", 20);

        assertThat(EscPosDecoder.receipts(fake.sessions())).singleElement()
                .satisfies(r -> assertThat(r).doesNotHaveAnyElementsOfTypes(Kick.class));
    }

    @Test
    void aPrinterOutOfPaperHoldsTheReceiptAndSaysSoUntilANewRollIsIn() throws Exception {
        fake.paper(FakeEscPosPrinter.Paper.PAPER_END);
        start(Duration.ofSeconds(2));

        pay(ReceiptFixtures.order(1, false));
        Await.until(() -> queue.status().printer() == PrinterState.ATTENTION, "the printer needs attention", 10);
        assertThat(queue.status().cause()).contains("out of paper");
        assertThat(queue.status().nextTry()).isPresent();
        assertThat(EscPosDecoder.receipts(fake.sessions())).isEmpty();

        fake.paper(FakeEscPosPrinter.Paper.OK);
        Await.until(() -> queue.status().waiting() == 0, "the receipt printed", 20);
        assertThat(EscPosDecoder.receipts(fake.sessions())).hasSize(1);
    }

    @Test
    void aReprintIsMarkedDuplicateAndACancelledJobNeverPrints() throws Exception {
        fake.switchOff();
        start(Duration.ofSeconds(2));
        PaidOrder order = ReceiptFixtures.order(1, false);
        pay(order);
        long copy = queue.reprint(order.uid());
        assertThat(queue.cancel(copy)).isTrue();
        fake.switchOn();
        Await.until(() -> queue.status().waiting() == 0, "the original printed", 20);

        queue.reprint(order.uid());
        Await.until(() -> EscPosDecoder.receipts(fake.sessions()).size() == 2, "the reprint", 20);

        List<List<Command>> receipts = EscPosDecoder.receipts(fake.sessions());
        assertThat(EscPosDecoder.lines(receipts.get(0))).noneMatch(l -> l.contains("DUPLICATE"));
        assertThat(EscPosDecoder.lines(receipts.get(1))).anyMatch(l -> l.strip().equals("DUPLICATE"));
        assertThat(queue.cancel(copy)).as("a cancelled job cannot be cancelled again").isFalse();
        // The printer has the bytes a moment before the queue records the job printed.
        Await.until(() -> queue.jobs(1).get(0).state() != PrintJobState.PRINTING, "the reprint recorded", 20);
        assertThat(queue.jobs(10)).extracting(PrintJob::state).containsExactly(PrintJobState.PRINTED,
                PrintJobState.CANCELLED, PrintJobState.PRINTED);
    }

    @Test
    void theManagerOpensTheDrawerWithAKickAlone() throws Exception {
        start(Duration.ofSeconds(2));

        queue.openDrawer();
        Await.until(() -> queue.jobs(1).get(0).state() == PrintJobState.PRINTED, "the kick", 20);

        List<Command> session = EscPosDecoder.decode(fake.sessions().get(0));
        assertThat(session).contains(new Kick(0, 25, 250));
        assertThat(EscPosDecoder.lines(session)).isEmpty();
    }

    @Test
    void aReceiptWhoseOrderIsMissingFailsWithItsCauseAndHoldsNoOtherBack() throws Exception {
        store.printJobs().queueReceipt("00007-001-0999", false);
        start(Duration.ofSeconds(2));

        pay(ReceiptFixtures.order(1, false));
        Await.until(() -> queue.status().waiting() == 0, "the queue worked through", 20);

        assertThat(EscPosDecoder.receipts(fake.sessions())).hasSize(1);
        PrintJob missing = queue.jobs(10).get(1);
        assertThat(missing.state()).isEqualTo(PrintJobState.FAILED);
        assertThat(missing.lastError()).contains("00007-001-0999", "not in this till's store");
    }

    @Test
    void anUnexpectedFailureOfThePrinterIsShownAsAnInternalErrorAndTheQueueStartsAgain() throws Exception {
        Printer broken = new Printer() {
            @Override
            public String device() {
                return "broken";
            }

            @Override
            public PrinterHealth health() {
                return PrinterHealth.ready();
            }

            @Override
            public Delivery print(PrintWork work, Runnable sending) {
                throw new IllegalStateException("the driver lost its mind");
            }

            @Override
            public void cancel() {
            }
        };
        queue = new PrintQueue(store.printJobs(), broken, ReceiptSource.of(() -> catalog, ReceiptFixtures.ZONE),
                new WakeableSleeper(), PrintQueueTest::fastBackoff, clock);
        queue.addListener(seen::add, Runnable::run);
        queue.start();

        pay(ReceiptFixtures.order(1, false));
        Await.until(() -> seen.stream().anyMatch(s -> s.worker().internalError().isPresent()), "the failure", 10);
        Await.until(() -> queue.status().worker().restarts() >= 1, "a restart", 10);

        assertThat(seen.stream().flatMap(s -> s.worker().internalError().stream()).findFirst()).contains(
                "internal error: IllegalStateException: the driver lost its mind");
        assertThat(queue.jobs(1).get(0).state()).as("the job waits, not lost").isEqualTo(PrintJobState.QUEUED);
        assertThat(queue.status().worker().state()).isIn(WorkerState.STARTING, WorkerState.RUNNING,
                WorkerState.FAILED);
    }

    private void start(Duration readTimeout) {
        PrinterSettings settings = PrinterSettings.of(fake.device(), PaperWidth.MM80)
                .withTimeouts(Duration.ofSeconds(2), readTimeout, Duration.ofSeconds(30));
        queue = new PrintQueue(store.printJobs(), Printers.open(settings, scheduler, clock),
                ReceiptSource.of(() -> catalog, ReceiptFixtures.ZONE), new WakeableSleeper(),
                PrintQueueTest::fastBackoff, clock);
        queue.addListener(seen::add, Runnable::run);
        queue.start();
        Await.until(() -> queue.status().worker().state() == WorkerState.RUNNING, "the queue running", 10);
    }

    /** What the till does at Pay: the order committed, then its receipt queued. */
    private void pay(PaidOrder order) {
        store.outbox().commitPaid(order);
        queue.receiptPaid(order);
    }

    private static Backoff fastBackoff() {
        return new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), () -> 0.5);
    }

    private static String reference(List<Command> receipt) {
        return EscPosDecoder.lines(receipt).stream().filter(l -> l.startsWith("Order ")).findFirst().orElseThrow();
    }
}
