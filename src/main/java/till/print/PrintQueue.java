package till.print;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import till.order.PaidOrder;
import till.worker.Backoff;
import till.worker.Listeners;
import till.worker.Sleeper;
import till.worker.Worker;

/**
 * Prints receipts without ever holding up a sale: a paid order's receipt is queued durably right after the payment
 * is committed ({@link #receiptPaid}, which returns once the job is on disk, never waiting for the printer), and a
 * {@link Worker} named {@value #NAME} prints the queue in order on its own thread, backing off while the printer is
 * off, out of paper or unplugged, and printing each receipt once when it returns (decision 0142). Cash payments
 * open the drawer. Cancel and reprint act on the stored queue. Its {@link PrintStatus} goes to listeners on their
 * executors. Thread-safe.
 */
public final class PrintQueue {

    /** The worker's name, and its thread's. */
    public static final String NAME = "print-queue";
    /** With nothing to print, look at the queue this often anyway, in case a job was queued without a wake. */
    static final Duration IDLE_CHECK = Duration.ofMinutes(1);
    /** A cash drawer opens only this long after the payment; later the receipt prints without the kick. */
    public static final Duration KICK_WINDOW = Duration.ofMinutes(2);
    /**
     * At start, a paid order found without a receipt job prints when it was paid this recently (a restart after a
     * crash); an older one is listed as cancelled, to reprint by hand.
     */
    public static final Duration RECOVERY_WINDOW = Duration.ofMinutes(10);

    private final PrintJobs jobs;
    private final Worker worker;
    private final Listeners<PrintStatus> listeners = new Listeners<>();
    private final Object lock = new Object();
    private PrintStatus status;

    /**
     * @param backoffs makes two back-offs: one between failed tries of the printer, one between restarts after an
     *                 unexpected failure
     */
    public PrintQueue(PrintJobs jobs, Printer printer, ReceiptSource receipts, Sleeper sleeper,
                      Supplier<Backoff> backoffs, Clock clock) {
        this.jobs = jobs;
        PrintQueueJob job = new PrintQueueJob(jobs, printer, receipts, backoffs.get(), clock, this::update);
        this.worker = new Worker(NAME, job, sleeper, backoffs.get(), clock);
        this.status = PrintStatus.initial(worker.status());
        // Same thread, under the worker's lock: the status follows the worker's changes in their order.
        worker.addListener(Runnable::run, now -> update(s -> s.withWorker(now)));
    }

    /** Starts the worker thread. @throws IllegalStateException unless the queue is new */
    public void start() {
        worker.start();
    }

    /** Stops the worker: cuts the job in flight short and joins it for at most {@code bound}. Idempotent. */
    public boolean stop(Duration bound) throws InterruptedException {
        return worker.stop(bound);
    }

    /**
     * Queues the receipt of an order just paid and committed (once, however often called), kicking the drawer when
     * it was paid in cash. Returns when the job is on disk; the printer is never waited for.
     */
    public void receiptPaid(PaidOrder paid) {
        receiptPaid(paid, true);
    }

    /** As {@link #receiptPaid(PaidOrder)}; {@code drawer} false: the shop has no drawer on the printer. */
    public void receiptPaid(PaidOrder paid, boolean drawer) {
        jobs.queueReceipt(paid.uid(), drawer && ReceiptBuilder.paidInCash(paid));
        queued();
    }

    /**
     * The receipt screen's Print: the order's original receipt when none was queued yet (auto-print off), else a
     * copy marked DUPLICATE; never the drawer. Returns whether it queued the original.
     */
    public boolean print(PaidOrder paid) {
        boolean original = jobs.queueReceipt(paid.uid(), false);
        if (!original) {
            jobs.queueCopy(paid.uid());
        }
        queued();
        return original;
    }

    /** The indicator's "retry now": the worker tries the printer at once instead of at the end of its back-off. */
    public void retryNow() {
        worker.wake();
    }

    /** Queues a reprint of a paid order's receipt, marked DUPLICATE; returns its job id. */
    public long reprint(String orderUid) {
        long id = jobs.queueCopy(orderUid);
        queued();
        return id;
    }

    /** The manager's "open the drawer": queued like a receipt, so it waits behind the ones before it. */
    public long openDrawer() {
        long id = jobs.queueDrawerKick();
        queued();
        return id;
    }

    /**
     * Queues a report once per {@code key} (the Z report: {@code z:<session id>}), however often called, also across
     * a restart. Returns whether it queued it now.
     */
    public boolean printReport(String key, ReportDocument report) {
        boolean queued = jobs.queueReport(key, report);
        queued();
        return queued;
    }

    /** Queues another copy of a report, marked DUPLICATE; returns its job id. */
    public long printReportCopy(ReportDocument report) {
        long id = jobs.queueReportCopy(report);
        queued();
        return id;
    }

    /** Calls off a job that has not printed; false when it is printing, printed or gone. */
    public boolean cancel(long jobId) {
        boolean cancelled = jobs.cancel(jobId);
        int waiting = jobs.waiting();
        update(s -> s.withWaiting(waiting));
        return cancelled;
    }

    /** The newest jobs, newest first. */
    public List<PrintJob> jobs(int max) {
        return jobs.list(max);
    }

    public PrintStatus status() {
        synchronized (lock) {
            return status;
        }
    }

    /** Calls {@code listener} on {@code executor} with the current status now and with every later change. */
    public void addListener(Consumer<PrintStatus> listener, Executor executor) {
        synchronized (lock) {
            listeners.add(executor, listener, status);
        }
    }

    private void queued() {
        int waiting = jobs.waiting();
        update(s -> s.withWaiting(waiting));
        worker.wake();
    }

    /** Publishing under the lock keeps every listener's view in the order the changes happened. */
    private void update(UnaryOperator<PrintStatus> change) {
        synchronized (lock) {
            status = change.apply(status);
            listeners.publish(status);
        }
    }
}
