package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.print.EscPosDecoder.Command;
import till.store.TillStore;
import till.testsupport.Await;
import till.worker.Backoff;
import till.worker.ExecutorScheduler;
import till.worker.WakeableSleeper;

/**
 * A till killed with SIGKILL between payment and print ({@link PrintChild} in a child JVM): its receipt is not lost
 * and prints once at the next start: the original when it had not started printing, a copy marked DUPLICATE when it
 * had (it may have printed).
 */
class PrintCrashTest {

    @TempDir
    Path dataDir;

    private FakeEscPosPrinter fake;
    private ExecutorScheduler scheduler;

    @BeforeEach
    void start() throws Exception {
        fake = FakeEscPosPrinter.start();
        scheduler = new ExecutorScheduler("print-timer-test");
    }

    @AfterEach
    void stop() throws Exception {
        fake.close();
        scheduler.close();
    }

    @Test
    void aReceiptQueuedWhileThePrinterWasOffPrintsOnceAtTheNextStart() throws Exception {
        fake.switchOff();
        String uid = killAfterPaying("queued", 1);

        List<List<Command>> receipts = restartAndPrint();

        assertThat(receipts).hasSize(1);
        assertThat(EscPosDecoder.lines(receipts.get(0))).contains("Order " + uid)
                .noneMatch(l -> l.contains("DUPLICATE"));
    }

    @Test
    void aCrashBetweenThePaymentAndTheQueueingStillPrintsTheReceiptAtTheNextStart() throws Exception {
        String uid = killAfterPaying("paid-only", 2);

        List<List<Command>> receipts = restartAndPrint();

        assertThat(receipts).hasSize(1);
        assertThat(EscPosDecoder.lines(receipts.get(0))).contains("Order " + uid)
                .noneMatch(l -> l.contains("DUPLICATE"));
        assertThat(fake.sessions()).as("nothing reached the printer before the kill").hasSize(1);
    }

    @Test
    void aCrashWhileTheReceiptWasPrintingReprintsItOnceMarkedDuplicate() throws Exception {
        fake.stallAfter(200);
        String uid = killAfterPaying("printing", 3, () -> fake.received().length >= 200);
        fake.stall(false);

        List<List<Command>> receipts = restartAndPrint();

        // The killed till had sent the whole receipt: the printer had it and printed it. The restart cannot know
        // that, so it prints again, marked DUPLICATE: never a second original, never a second kick.
        assertThat(receipts).as("complete receipts across both tills").hasSize(2);
        assertThat(EscPosDecoder.lines(receipts.get(0))).contains("Order " + uid)
                .noneMatch(l -> l.contains("DUPLICATE"));
        assertThat(EscPosDecoder.lines(receipts.get(1))).contains("Order " + uid)
                .anyMatch(l -> l.strip().equals("DUPLICATE"));
        assertThat(receipts.get(1)).as("the drawer is not kicked a second time")
                .doesNotHaveAnyElementsOfTypes(EscPosDecoder.Kick.class);
    }

    private String killAfterPaying(String mode, int sequence) throws Exception {
        return killAfterPaying(mode, sequence, () -> true);
    }

    /** Runs the child till, reads its {@code paid} line, waits for {@code ready}, then kills it with SIGKILL. */
    private String killAfterPaying(String mode, int sequence, java.util.function.BooleanSupplier ready)
            throws Exception {
        String device = fake.device();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), PrintChild.class.getName(), dataDir.toString(), device,
                mode, Integer.toString(sequence)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the child's paid line").startsWith("paid ");
            Await.until(ready, "the child at the point of the kill", 30);
            assertThat(child.isAlive()).isTrue();
            return line.substring("paid ".length());
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Opens the data directory again, prints the queue on the fake printer, and returns the complete receipts. */
    private List<List<Command>> restartAndPrint() throws Exception {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            PrinterSettings settings = PrinterSettings.of(fake.device(), PaperWidth.MM80)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(30));
            fake.switchOn();
            PrintQueue queue = new PrintQueue(store.printJobs(), Printers.open(settings, scheduler,
                    Clock.systemUTC()), ReceiptSource.of(() -> ReceiptFixtures.catalog("en_US", ReceiptFixtures.EUR),
                    ReceiptFixtures.ZONE), new WakeableSleeper(),
                    () -> new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), () -> 0.5), Clock.systemUTC());
            queue.start();
            try {
                Await.until(() -> !queue.jobs(10).isEmpty() && queue.status().waiting() == 0
                        && queue.jobs(10).stream().allMatch(j -> j.state() == PrintJobState.PRINTED),
                        "every receipt printed", 30);
            } finally {
                assertThat(queue.stop(Duration.ofSeconds(5))).isTrue();
            }
            assertThat(queue.jobs(10)).hasSize(1);
        }
        return EscPosDecoder.receipts(fake.sessions());
    }
}
