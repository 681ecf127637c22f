package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.print.EscPosDecoder.Command;
import till.store.TillStore;
import till.testsupport.Await;
import till.testsupport.MutableClock;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;
import till.worker.WorkerState;

/**
 * The Z report through the print queue (decision 0212), with a real store (H2 in a temp dir), a real worker and the
 * fake ESC/POS printer on loopback TCP: printed once per session however often it is queued, also after a restart;
 * a copy and a report cut off mid-print come out marked DUPLICATE.
 */
class ZReportOnThePrinterTest {

    private static final ReportDocument REPORT = new ReportDocument("z-report-7", List.of(
            "Z report: session POS/00007 (id 7), closed Dec 7, 2026, 6:02 PM",
            "orders: 3, total $ 12.00",
            "payment methods (expected):",
            "  Cash (cash)                     $ 12.00",
            "cash expected      $ 12.00, counted      $ 12.00, difference       $ 0.00"), "en_US", "");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(ReceiptFixtures.PAID_AT);
    private final Catalog catalog = ReceiptFixtures.catalog("en_US", ReceiptFixtures.EUR);
    private TillStore store;
    private FakeEscPosPrinter fake;
    private ExecutorScheduler scheduler;
    private PrintQueue queue;

    @BeforeEach
    void open() throws Exception {
        store = TillStore.open(dir, clock);
        fake = FakeEscPosPrinter.start();
        scheduler = new ExecutorScheduler("z-report-print-test");
    }

    @AfterEach
    void close() throws Exception {
        stopQueue();
        fake.close();
        scheduler.close();
        store.close();
    }

    @Test
    void theZReportOfASessionPrintsOnceHoweverOftenItIsQueuedAlsoAfterARestart() throws Exception {
        start();
        assertThat(queue.printReport("z:7", REPORT)).isTrue();
        assertThat(queue.printReport("z:7", REPORT)).as("the same session's report again").isFalse();
        Await.until(() -> queue.status().waiting() == 0, "the report printed", 20);

        stopQueue();
        store.close();
        store = TillStore.open(dir, clock);
        start();
        assertThat(queue.printReport("z:7", REPORT)).as("after a restart").isFalse();
        assertThat(queue.printReport("z:8", REPORT)).as("another session's").isTrue();
        Await.until(() -> queue.status().waiting() == 0, "the second session's report printed", 20);

        List<List<Command>> printed = EscPosDecoder.receipts(fake.sessions());
        assertThat(printed).hasSize(2);
        List<String> lines = EscPosDecoder.lines(printed.get(0));
        assertThat(lines).anyMatch(l -> l.startsWith("Z report: session POS/00007"))
                .anyMatch(l -> l.contains("Cash (cash)") && l.endsWith("$ 12.00"))
                .noneMatch(l -> l.contains("DUPLICATE"));
        assertThat(lines).allMatch(l -> l.length() <= PaperWidth.MM80.columns());
    }

    @Test
    void aCopyAndAReportCutOffMidPrintComeOutMarkedDuplicate() throws Exception {
        fake.unplugAfter(200);
        start();
        queue.printReport("z:7", REPORT);
        Await.until(() -> queue.jobs(1).get(0).attempts() >= 1, "the cut-off try recorded", 10);
        assertThat(queue.jobs(1).get(0).duplicate()).isTrue();
        fake.switchOn();
        Await.until(() -> queue.status().waiting() == 0, "the report printed again", 20);
        queue.printReportCopy(REPORT);
        Await.until(() -> queue.status().waiting() == 0, "the copy printed", 20);

        List<List<Command>> complete = EscPosDecoder.receipts(fake.sessions());
        assertThat(complete).hasSize(2);
        complete.forEach(report -> assertThat(EscPosDecoder.lines(report))
                .anyMatch(l -> l.strip().equals("DUPLICATE"))
                .anyMatch(l -> l.startsWith("Z report: session POS/00007")));
        assertThat(queue.jobs(10)).extracting(PrintJob::state).containsOnly(PrintJobState.PRINTED);
        assertThat(queue.jobs(10)).allMatch(PrintJob::report).noneMatch(PrintJob::drawerOnly);
    }

    @Test
    void onNarrowPaperALineTooWideKeepsItsAmountOnTheRight() {
        List<String> lines = ReceiptText.render(REPORT, PaperWidth.MM58).lines().toList();

        assertThat(lines).allMatch(l -> l.length() <= PaperWidth.MM58.columns());
        assertThat(lines).anyMatch(l -> l.startsWith("  Cash (cash)") && l.endsWith("$ 12.00"));
        assertThat(lines).anyMatch(l -> l.endsWith("difference") || l.endsWith("$ 0.00"));
        assertThat(String.join(" ", lines).replaceAll("\\s+", " "))
                .contains("Z report: session POS/00007 (id 7), closed Dec 7, 2026, 6:02 PM");
    }

    private void start() {
        PrinterSettings settings = PrinterSettings.of(fake.device(), PaperWidth.MM80)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(30));
        queue = new PrintQueue(store.printJobs(), Printers.open(settings, scheduler, clock),
                ReceiptSource.of(() -> catalog, ReceiptFixtures.ZONE), new WakeableSleeper(),
                () -> new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), () -> 0.5), clock);
        queue.start();
        Await.until(() -> queue.status().worker().state() == WorkerState.RUNNING, "the queue running", 10);
    }

    private void stopQueue() throws InterruptedException {
        if (queue != null) {
            assertThat(queue.stop(Duration.ofSeconds(5))).isTrue();
            queue = null;
        }
    }
}
