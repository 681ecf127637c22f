package till.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.worker.Backoff;
import till.worker.Job;
import till.worker.Pause;

/**
 * The order sender's job, run by its {@link till.worker.Worker}: start-up marks the orders a crash or an unexpected
 * failure left sending as of unknown outcome (their send may have reached the server); each round looks up what has
 * settled, claims waiting orders batch by batch and settles them ({@link BatchDelivery}), then asks for the idle check
 * after a round that ended well (sooner when orders of unknown outcome come due for their lookup) and for a back-off
 * after one that a failure ended (server down, login refused, orders held, a state the disk would not take). It lets
 * through only what it does not expect, for the worker to log, show and restart. Confined to the worker's thread,
 * except {@link #cancel()} and {@link #request}, which are thread-safe.
 */
final class DeliveryJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryJob.class);

    private final OutboxQueue queue;
    private final OrderTransport transport;
    private final Backoff backoff;
    private final Clock clock;
    private final BatchDelivery delivery;
    private final SenderOptions options;
    private final BooleanSupplier running;
    private final Consumer<UnaryOperator<SenderStatus>> status;
    private final Queue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private Instant lastSummary = Instant.MIN;
    private OutboxSummary summary = new OutboxSummary(0, 0, java.math.BigDecimal.ZERO, Optional.empty(), "");
    private String lastWords = "";

    /**
     * @param running whether the worker still runs rounds (false once it is asked to stop)
     * @param status  takes each change of the sending part of the status, to publish it
     */
    DeliveryJob(OutboxQueue queue, OrderTransport transport, Backoff backoff, Clock clock, SenderOptions options,
                BooleanSupplier running, Consumer<UnaryOperator<SenderStatus>> status) {
        this.queue = queue;
        this.transport = transport;
        this.backoff = backoff;
        this.clock = clock;
        this.options = options;
        this.running = running;
        this.status = status;
        this.delivery = new BatchDelivery(queue, transport, OrderSender.BATCH_SIZE, clock, options.settle());
    }

    /** Runs {@code request} on the worker's thread before the next round (the cashier's retries). */
    void request(Runnable request) {
        requests.add(request);
    }

    @Override
    public void startUp() {
        // A stop cancels the transport for good; a new start (or a restart after a failure) may send again.
        transport.resume();
        // In the first round, where a disk that refuses the write stops the round like any other unsaved state.
        delivery.recoverAtNextRound();
        refreshSummary();
    }

    @Override
    public Pause round() {
        try {
            drainRequests();
            BatchDelivery.Round round = delivery.round(running, this::sending);
            refreshSummary();
            return afterRound(round);
        } catch (RuntimeException e) {
            // Unexpected: the worker logs it and starts again. The orders of the broken round wait again meanwhile.
            putBackQuietly();
            throw e;
        }
    }

    @Override
    public void cancel() {
        transport.cancel();
    }

    @Override
    public void shutDown() {
        delivery.close();
    }

    private Pause afterRound(BatchDelivery.Round round) {
        if (round.sent() > 0) {
            LOG.info("sent {} orders ({} of them found on the server by a lookup)", round.sent(), round.found());
        }
        if (round.stoppedBy().isPresent()) {
            return retryLater(round.stoppedBy().get());
        }
        if (round.lookupFailed().isPresent()) {
            return retryLater(round.lookupFailed().get());
        }
        if (round.held() > 0) {
            return retryLater(round.notice().orElseThrow());
        }
        backoff.reset();
        if (summary.unknown() > 0) {
            return awaitLookup();
        }
        lastWords = "";
        Optional<SendFailure> refusal = round.notice();
        status.accept(s -> s.withFailure(refusal.map(SendFailure::kind), refusal.map(DeliveryJob::words).orElse(""),
                Optional.empty()));
        return Pause.idle(OrderSender.IDLE_CHECK);
    }

    /**
     * Nothing else to do but orders of unknown outcome that settle later: wait until the first is due for its
     * lookup (or the idle check, if sooner), saying so on the icon.
     */
    private Pause awaitLookup() {
        Instant now = clock.instant();
        Instant due = summary.unknownSince().orElse(now).plus(options.settle());
        // Never a busy loop: one that is due already was looked up this round, unless the round ran out of time.
        Duration wait = Duration.between(now, due).compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                : Duration.between(now, due);
        Duration pause = wait.compareTo(OrderSender.IDLE_CHECK) < 0 ? wait : OrderSender.IDLE_CHECK;
        String words = FailureKind.OUTCOME_UNKNOWN.advice() + " " + summary.lastError();
        lastWords = words;
        status.accept(s -> s.withFailure(Optional.of(FailureKind.OUTCOME_UNKNOWN), words.strip(),
                Optional.of(now.plus(wait))));
        return Pause.idle(pause);
    }

    /** A back-off, not an idle pause: a wake that came while this round failed must not cut it short. */
    private Pause retryLater(SendFailure failure) {
        String words = words(failure);
        Duration pause = backoff.next();
        Instant at = clock.instant().plus(pause);
        if (!words.equals(lastWords)) {
            LOG.warn("orders wait: {} (next try in {} s)", words, pause.toSeconds());
            lastWords = words;
        }
        status.accept(s -> s.withFailure(Optional.of(failure.kind()), words, Optional.of(at)));
        return Pause.backOff(pause);
    }

    private static String words(SendFailure failure) {
        return failure.kind().advice() + " " + failure.getMessage();
    }

    private void sending(boolean now) {
        status.accept(s -> s.withSending(now));
        if (!now && Duration.between(lastSummary, clock.instant()).compareTo(OrderSender.SUMMARY_EVERY) >= 0) {
            refreshSummary();
        }
    }

    private void drainRequests() {
        for (Runnable request = requests.poll(); request != null; request = requests.poll()) {
            request.run();
        }
        for (Optional<String> uid : options.requests().take()) {
            int again = queue.retryRejected(uid.orElse(null));
            LOG.info("{} rejected orders go to the server again, as asked from the command line ({})", again,
                    uid.orElse("all"));
        }
    }

    private void refreshSummary() {
        OutboxSummary now = queue.summary();
        summary = now;
        lastSummary = clock.instant();
        status.accept(s -> s.withSummary(now));
    }

    private void putBackQuietly() {
        try {
            queue.recoverInterrupted();
            refreshSummary();
        } catch (RuntimeException e) {
            LOG.warn("could not mark unfinished orders as of unknown outcome; the next start will", e);
        }
    }
}
