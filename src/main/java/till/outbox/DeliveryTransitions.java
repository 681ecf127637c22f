package till.outbox;

import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order connection's history: listens to the {@link OrderSender}'s statuses and logs at INFO only when the way
 * orders reach the server changes, as {@code orders OLD -> NEW (cause)}, never per send or per retry. Register it
 * with a same-thread executor; it then sees the statuses in order. Thread-safe.
 */
public final class DeliveryTransitions implements Consumer<SenderStatus> {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryTransitions.class);

    /** How orders reach the server, as the log names it. */
    enum Link {
        /** The sender is not running (not started, stopping or stopped). */
        STOPPED,
        /** Orders go to the server as they are paid. */
        RUNNING,
        /** The last try failed; orders wait and the sender tries again by itself. */
        RETRYING,
        /** The sender failed on an internal error; it starts again by itself after a back-off. */
        FAILED;

        /** Empty while the sender is starting: it keeps the link it had until it runs (or fails) again. */
        static Optional<Link> of(SenderStatus status) {
            return switch (status.state()) {
                case NEW, STOPPING, TERMINATED -> Optional.of(STOPPED);
                case STARTING -> Optional.empty();
                case FAILED -> Optional.of(FAILED);
                case RUNNING -> Optional.of(status.nextRetry().isPresent() ? RETRYING : RUNNING);
            };
        }
    }

    private Link link = Link.STOPPED;
    private Optional<FailureKind> failure = Optional.empty();

    @Override
    public synchronized void accept(SenderStatus status) {
        Link next = Link.of(status).orElse(link);
        Optional<FailureKind> kind = next == Link.RETRYING ? status.lastFailure() : Optional.empty();
        if (next == link && kind.equals(failure)) {
            return;
        }
        LOG.info("orders {} -> {} ({})", link, next, cause(link, next, status));
        link = next;
        failure = kind;
    }

    private static String cause(Link old, Link next, SenderStatus status) {
        return switch (next) {
            case STOPPED -> "the order sender stopped; " + waiting(status);
            // At start the sender has not counted the outbox yet, so no counts then.
            case RUNNING -> switch (old) {
                case RETRYING -> "orders reach the server again; " + waiting(status);
                case FAILED -> "the order sender runs again after an internal error; " + waiting(status);
                default -> "the order sender started";
            };
            case RETRYING -> status.lastError().isBlank() ? "no reason given" : status.lastError().strip();
            case FAILED -> status.internalError().orElse("no reason given")
                    + "; the order sender starts again by itself";
        };
    }

    private static String waiting(SenderStatus status) {
        return status.unsent() + " paid orders wait, " + status.rejected() + " refused";
    }
}
