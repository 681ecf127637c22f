package till.print;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import till.order.PaidOrder;

/**
 * The durable print queue: where receipts wait for the printer, across crashes. Implemented by the store; every
 * change is on disk when the method returns, so that a kill right after it cannot undo it. Implementations are
 * thread-safe.
 */
public interface PrintJobs {

    /**
     * Queues the original receipt of a paid order, once: a second call for the same order (from the payment and
     * from the recovery at start) changes nothing.
     *
     * @return true when it was queued now
     */
    boolean queueReceipt(String orderUid, boolean kick);

    /** Queues a reprint of a paid order's receipt, marked DUPLICATE. */
    long queueCopy(String orderUid);

    /** Queues a drawer kick alone. */
    long queueDrawerKick();

    /**
     * Queues a report, once per {@code key} (the Z report's is {@code z:<session id>}): a second call with the same
     * key changes nothing, also after a restart.
     *
     * @return true when it was queued now
     */
    boolean queueReport(String key, ReportDocument report);

    /** Queues another copy of a report, printed marked DUPLICATE with {@code mark}; returns its job id. */
    long queueReportCopy(ReportDocument report);

    /** The oldest queued job, with its paid order (empty when the order is not in the store), if any. */
    Optional<Pending> next();

    /**
     * A job to print: the paid order whose receipt it prints, or the report it prints as queued (unmarked: the job's
     * duplicate flag says whether it prints as a copy). Immutable.
     */
    record Pending(PrintJob job, Optional<PaidOrder> order, Optional<ReportDocument> report) {

        public Pending(PrintJob job, Optional<PaidOrder> order) {
            this(job, order, Optional.empty());
        }
    }

    /** The job is about to be sent: from now on, a crash leaves it {@link PrintJobState#PRINTING}. */
    void markPrinting(long id);

    void markPrinted(long id);

    /**
     * Queues the job again after a failed try, with its cause. {@code mayHavePrinted}: the try may have printed, so
     * the retry is marked DUPLICATE and no longer kicks the drawer.
     */
    void retry(long id, String cause, boolean mayHavePrinted);

    /** The job can never print. */
    void markFailed(long id, String cause);

    /** Calls off a job that has not printed; false when it is not queued (printed, printing, gone). */
    boolean cancel(long id);

    /**
     * Recovery at start: jobs a crash left {@link PrintJobState#PRINTING} are queued again as duplicates without
     * the drawer kick (decision 0142), and paid orders that have no receipt job (a crash between the payment and
     * its queueing) get one: queued when paid at or after {@code printFrom}, cancelled as too old before it. The
     * first start sees no orders as missing: those paid before the print queue existed are not printed.
     *
     * @return how many jobs were queued again or newly queued
     */
    int recover(Instant printFrom);

    /** The newest jobs, newest first, at most {@code max}. */
    List<PrintJob> list(int max);

    /** How many jobs wait to print. */
    int waiting();
}
