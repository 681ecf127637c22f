package till.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the order sender waits for a server that may still be working on a call, and where requests from outside the
 * till's process come from. Immutable.
 *
 * @param settle   how long after a send of unknown outcome the sender waits before it looks the orders up: at least
 *                 the server's request time limit (Odoo's {@code limit_time_real}, 120 s by default), after which the
 *                 server can no longer be processing that call (docs/decisions/0160)
 * @param requests the cashier-free requests to retry rejected orders ({@code till outbox retry-rejected} while the
 *                 till runs), read before each round
 */
public record SenderOptions(Duration settle, RetryRequests requests) {

    /** Odoo's default {@code limit_time_real}. */
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(120);

    public SenderOptions {
        if (settle.isNegative()) {
            throw new IllegalArgumentException("a negative settle time: " + settle);
        }
    }

    /** Odoo's default request time limit, and no requests from outside. */
    public static SenderOptions defaults() {
        return new SenderOptions(DEFAULT_SETTLE, RetryRequests.NONE);
    }

    public SenderOptions withSettle(Duration newSettle) {
        return new SenderOptions(newSettle, requests);
    }

    public SenderOptions withRequests(RetryRequests newRequests) {
        return new SenderOptions(settle, newRequests);
    }

    /**
     * Requests, made outside the till's process, to send rejected orders again. Implementations are thread-safe.
     */
    @FunctionalInterface
    public interface RetryRequests {

        /** No requests ever. */
        RetryRequests NONE = List::of;

        /**
         * Takes the requests made since the last call (each taken once): a uid, or empty for every rejected order.
         */
        List<Optional<String>> take();
    }
}
