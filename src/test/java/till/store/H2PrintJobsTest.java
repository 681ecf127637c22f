package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.print.PrintJob;
import till.print.PrintJobState;
import till.print.PrintJobs;
import till.print.ReportDocument;

/** The print queue table: one original per order, durable states, and the recovery after a crash. */
class H2PrintJobsTest {

    @TempDir
    Path dir;

    @Test
    void anOrdersOriginalReceiptIsQueuedOnceHoweverOftenItIsAskedFor() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "5.00"));
            String uid = StoreFixtures.uid(1).uid();

            assertThat(store.printJobs().queueReceipt(uid, true)).isTrue();
            assertThat(store.printJobs().queueReceipt(uid, true)).isFalse();
            store.printJobs().queueCopy(uid);

            assertThat(store.printJobs().list(10)).extracting(PrintJob::duplicate).containsExactly(true, false);
            PrintJobs.Pending next = store.printJobs().next().orElseThrow();
            assertThat(next.job().kick()).isTrue();
            assertThat(next.order()).map(o -> o.uid()).contains(uid);
        }
    }

    @Test
    void aQueuedJobIsStillThereAfterAReopen() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "5.00"));
            store.printJobs().queueReceipt(StoreFixtures.uid(1).uid(), false);
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.printJobs().waiting()).isEqualTo(1);
            assertThat(store.printJobs().next()).map(p -> p.job().state()).contains(PrintJobState.QUEUED);
        }
    }

    @Test
    void aJobCutWhilePrintingComesBackAsADuplicateWithoutTheKickAndALoneKickIsCalledOff() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            PrintJobs jobs = store.printJobs();
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "5.00"));
            jobs.recover(StoreFixtures.T0);
            jobs.queueReceipt(StoreFixtures.uid(1).uid(), true);
            jobs.markPrinting(jobs.next().orElseThrow().job().id());
            long kick = jobs.queueDrawerKick();
            jobs.markPrinting(kick);
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.printJobs().recover(StoreFixtures.T0)).isEqualTo(1);

            PrintJob receipt = store.printJobs().list(10).get(1);
            assertThat(receipt.state()).isEqualTo(PrintJobState.QUEUED);
            assertThat(receipt.duplicate()).isTrue();
            assertThat(receipt.kick()).isFalse();
            assertThat(receipt.lastError()).contains("may have printed");
            assertThat(store.printJobs().list(10).get(0).state()).isEqualTo(PrintJobState.CANCELLED);
        }
    }

    @Test
    void paidOrdersACrashLeftWithoutAReceiptJobAreQueuedAndOldOnesListedAsCancelled() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            PrintJobs jobs = store.printJobs();
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
            assertThat(jobs.recover(StoreFixtures.T0)).as("before the first start: not printed").isZero();
            store.outbox().commitPaid(StoreFixtures.paidOrder(2, "2.00"));
            store.outbox().commitPaid(StoreFixtures.paidOrder(3, "3.00"));
            jobs.queueReceipt(StoreFixtures.uid(3).uid(), false);
            store.outbox().commitPaid(StoreFixtures.paidOrder(40, "40.00"));

            // Order 2 (paid at T0+4 s) is too old to print by itself; order 40 (T0+42 s) is recent enough.
            Instant printFrom = StoreFixtures.T0.plusSeconds(30);
            assertThat(jobs.recover(printFrom)).isEqualTo(1);

            assertThat(jobs.list(10)).extracting(j -> j.orderUid().orElseThrow() + " " + j.state())
                    .containsExactly(StoreFixtures.uid(40).uid() + " QUEUED", StoreFixtures.uid(2).uid()
                            + " CANCELLED", StoreFixtures.uid(3).uid() + " QUEUED");
            assertThat(jobs.list(10).get(1).lastError()).contains("reprint it if the customer asks");
            assertThat(jobs.recover(printFrom)).as("nothing found twice").isZero();
        }
    }

    @Test
    void aRetryAfterATryThatMayHavePrintedIsADuplicateWithoutTheKick() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            PrintJobs jobs = store.printJobs();
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "5.00"));
            jobs.queueReceipt(StoreFixtures.uid(1).uid(), true);
            long id = jobs.next().orElseThrow().job().id();

            jobs.retry(id, "refused", false);
            assertThat(jobs.next().map(PrintJobs.Pending::job)).map(j -> j.duplicate() + " " + j.kick() + " "
                    + j.attempts()).contains("false true 1");
            jobs.markPrinting(id);
            jobs.retry(id, "cut", true);
            assertThat(jobs.next().map(PrintJobs.Pending::job)).map(j -> j.duplicate() + " " + j.kick() + " "
                    + j.attempts() + " " + j.lastError()).contains("true false 2 cut");
            jobs.markPrinting(id);
            jobs.markPrinted(id);
            assertThat(jobs.next()).isEqualTo(Optional.empty());
            assertThat(jobs.cancel(id)).isFalse();
        }
    }

    @Test
    void aReportIsQueuedOncePerKeyKeptWithItsLinesAndComesBackAsADuplicateWhenCutWhilePrinting() {
        ReportDocument report = new ReportDocument("z-report-7", List.of("Z report: session POS/00007", "orders: 3"),
                "fr_FR", "");
        try (TillStore store = StoreTestSupport.open(dir)) {
            PrintJobs jobs = store.printJobs();
            jobs.recover(StoreFixtures.T0);
            assertThat(jobs.queueReport("z:7", report)).isTrue();
            assertThat(jobs.queueReport("z:7", report)).isFalse();
            PrintJobs.Pending next = jobs.next().orElseThrow();
            assertThat(next.report()).contains(report);
            assertThat(next.job().report()).isTrue();
            assertThat(next.job().duplicate()).isFalse();
            jobs.markPrinting(next.job().id());
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.printJobs().queueReport("z:7", report)).as("after a reopen").isFalse();
            assertThat(store.printJobs().recover(StoreFixtures.T0)).isEqualTo(1);

            PrintJobs.Pending again = store.printJobs().next().orElseThrow();
            assertThat(again.job().state()).isEqualTo(PrintJobState.QUEUED);
            assertThat(again.job().duplicate()).as("it may have printed").isTrue();
            assertThat(again.report()).map(ReportDocument::lines).contains(report.lines());
            assertThat(store.printJobs().list(10)).hasSize(1);
        }
    }
}
