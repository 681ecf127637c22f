package till.print;

import java.util.Optional;
import till.order.PaidOrder;

/**
 * Prints one stored order's receipt now, on the caller's thread and outside the print queue's worker
 * ({@code till receipt print}, which runs while no till holds the data directory), recorded in the same durable
 * queue so that an order never gets a second original: the first print of an order is its original, every later
 * one, or any asked as a copy, is marked DUPLICATE. The printer is asked first, so that a printer known to be off
 * spends nothing. Stateless.
 */
public final class ReceiptPrint {

    /**
     * What happened. Immutable.
     *
     * @param printed   whether the printer took it
     * @param duplicate whether it was (or would have been) marked DUPLICATE
     * @param cause     why it did not print; empty when it did
     */
    public record Result(boolean printed, boolean duplicate, String cause) {
    }

    private ReceiptPrint() {
    }

    /** @param copy print it marked DUPLICATE even if its original never printed */
    public static Result print(PrintJobs jobs, Printer printer, ReceiptSource receipts, PaidOrder paid, boolean copy) {
        PrinterHealth health = printer.health();
        if (!health.canPrint()) {
            return new Result(false, copy, health.cause());
        }
        boolean original = !copy && jobs.queueReceipt(paid.uid(), false);
        long id = original ? newestOf(jobs, paid.uid()) : jobs.queueCopy(paid.uid());
        Delivery delivery = printer.print(PrintWork.receipt(receipts.receipt(paid, !original), false),
                () -> jobs.markPrinting(id));
        if (delivery.outcome() == Delivery.Outcome.PRINTED) {
            jobs.markPrinted(id);
            return new Result(true, !original, "");
        }
        // Not left queued: a till started later must not print a receipt this command reported as not printed.
        jobs.markFailed(id, delivery.cause());
        return new Result(false, !original, delivery.cause());
    }

    /**
     * Records that an order's receipt is never to print by itself (orders paid by {@code till simulate}): its
     * original is listed as cancelled, so that a till started within {@link PrintQueue#RECOVERY_WINDOW} does not
     * print it as a receipt lost in a crash. A reprint still works.
     */
    public static void notToPrint(PrintJobs jobs, String uid) {
        if (jobs.queueReceipt(uid, false)) {
            jobs.cancel(newestOf(jobs, uid));
        }
    }

    private static long newestOf(PrintJobs jobs, String uid) {
        Optional<PrintJob> job = jobs.list(20).stream().filter(j -> j.orderUid().equals(Optional.of(uid)))
                .findFirst();
        return job.orElseThrow(() -> new IllegalStateException("the receipt just queued for " + uid + " is gone"))
                .id();
    }
}
