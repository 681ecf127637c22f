package till.print;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.worker.Backoff;
import till.worker.Job;
import till.worker.Pause;
import till.worker.WorkerStatus;

/**
 * The print queue's job, run by its {@link till.worker.Worker}: start-up recovers what a crash left (decision 0142);
 * each round prints the oldest queued job and moves on at once, or, when the printer cannot take it, keeps it first
 * in line and backs off (so receipts print in the order they were paid). With nothing to print after a failure it
 * asks the printer how it is, so the indicator turns back to ready when it returns. Store failures are unexpected:
 * they go to the worker. Confined to the worker's thread, except {@link #cancel()}.
 */
final class PrintQueueJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(PrintQueueJob.class);

    private final PrintJobs jobs;
    private final Printer printer;
    private final ReceiptSource receipts;
    private final Backoff backoff;
    private final Clock clock;
    private final Consumer<UnaryOperator<PrintStatus>> status;
    private PrinterState shown = PrinterState.READY;
    private String lastCause = "";

    PrintQueueJob(PrintJobs jobs, Printer printer, ReceiptSource receipts, Backoff backoff, Clock clock,
                  Consumer<UnaryOperator<PrintStatus>> status) {
        this.jobs = jobs;
        this.printer = printer;
        this.receipts = receipts;
        this.backoff = backoff;
        this.clock = clock;
        this.status = status;
    }

    @Override
    public void startUp() {
        int recovered = jobs.recover(clock.instant().minus(PrintQueue.RECOVERY_WINDOW));
        if (recovered > 0) {
            LOG.warn("{} receipts were cut by a stop of the till or never queued; they print now", recovered);
        }
        refreshWaiting();
    }

    @Override
    public Pause round() {
        Optional<PrintJobs.Pending> next = jobs.next();
        if (next.isEmpty()) {
            return shown == PrinterState.READY ? Pause.idle(PrintQueue.IDLE_CHECK) : probe();
        }
        PrintJob job = next.get().job();
        Optional<PrintWork> work = work(job, next.get());
        if (work.isEmpty()) {
            refreshWaiting();
            return Pause.NONE;
        }
        show(PrinterState.PRINTING, "", Optional.empty());
        Delivery delivery = printer.print(work.get(), () -> jobs.markPrinting(job.id()));
        return settle(job, delivery);
    }

    @Override
    public void cancel() {
        printer.cancel();
    }

    /** What the job prints now, or empty when it never will (marked failed here). */
    private Optional<PrintWork> work(PrintJob job, PrintJobs.Pending pending) {
        boolean kickInTime = !clock.instant().isAfter(job.createdAt().plus(PrintQueue.KICK_WINDOW));
        if (job.drawerOnly()) {
            if (!kickInTime) {
                jobs.markFailed(job.id(), "the drawer was not opened: the printer was not reachable within "
                        + PrintQueue.KICK_WINDOW.toMinutes() + " minutes; open it again when it is back");
                return Optional.empty();
            }
            return Optional.of(PrintWork.drawerKick());
        }
        if (pending.report().isPresent()) {
            ReportDocument report = pending.report().get();
            return Optional.of(PrintWork.report(job.duplicate()
                    ? report.marked(ReceiptWords.forLanguage(report.language()).get("duplicate")) : report));
        }
        if (pending.order().isEmpty()) {
            jobs.markFailed(job.id(), "the paid order " + job.orderUid().orElse("") + " is not in this till's store");
            return Optional.empty();
        }
        try {
            ReceiptDocument receipt = receipts.receipt(pending.order().get(), job.duplicate());
            // A drawer springing open minutes after the sale, with nobody at the till, is worse than none.
            return Optional.of(PrintWork.receipt(receipt, job.kick() && kickInTime));
        } catch (RuntimeException e) {
            // One order whose receipt cannot be laid out must not hold every later receipt back.
            LOG.error("the receipt of {} cannot be laid out; it is marked failed", job.orderUid().orElse(""), e);
            jobs.markFailed(job.id(), "the receipt cannot be laid out: " + WorkerStatus.words(e));
            return Optional.empty();
        }
    }

    private Pause settle(PrintJob job, Delivery delivery) {
        switch (delivery.outcome()) {
            case PRINTED -> {
                jobs.markPrinted(job.id());
                backoff.reset();
                lastCause = "";
                refreshWaiting();
                show(PrinterState.READY, delivery.health().cause(), Optional.empty());
                return Pause.NONE;
            }
            case NOT_PRINTED -> jobs.retry(job.id(), delivery.cause(), false);
            case MAYBE_PRINTED -> jobs.retry(job.id(), delivery.cause() + "; it prints again marked DUPLICATE", true);
            default -> throw new IllegalStateException("unknown outcome " + delivery.outcome());
        }
        refreshWaiting();
        return retryLater(delivery.health(), delivery.cause());
    }

    /** Nothing to print, but the printer was not well: ask it, and keep asking with the back-off until it is. */
    private Pause probe() {
        PrinterHealth health = printer.health();
        if (health.canPrint()) {
            backoff.reset();
            lastCause = "";
            show(PrinterState.READY, health.cause(), Optional.empty());
            return Pause.idle(PrintQueue.IDLE_CHECK);
        }
        return retryLater(health, health.cause());
    }

    /** A back-off, not an idle pause: a new receipt queued while the printer failed must not cut it short. */
    private Pause retryLater(PrinterHealth health, String cause) {
        Duration pause = backoff.next();
        Instant at = clock.instant().plus(pause);
        if (!cause.equals(lastCause)) {
            LOG.warn("receipts wait: {} (next try in {} s)", cause, pause.toSeconds());
            lastCause = cause;
        }
        PrinterState state = PrinterState.of(health);
        show(state == PrinterState.READY ? PrinterState.OFFLINE : state, cause, Optional.of(at));
        return Pause.backOff(pause);
    }

    private void show(PrinterState state, String cause, Optional<Instant> nextTry) {
        shown = state;
        status.accept(s -> s.withPrinter(state, cause, nextTry));
    }

    private void refreshWaiting() {
        int waiting = jobs.waiting();
        status.accept(s -> s.withWaiting(waiting));
    }
}
