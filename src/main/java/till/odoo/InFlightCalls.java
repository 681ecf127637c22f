package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The calls one user of a client has on their way, so that another thread can cut them short: {@link #cancel()}
 * cancels every call in flight and every later one as it starts (each fails at once as a retryable "cancelled"),
 * until {@link #resume()} (a push transport never resumes: closing it is for good). Cancelling later calls too closes the gap between a caller's last look at "should I go
 * on?" and its next call, which would otherwise run to its full deadline. Thread-safe.
 */
public final class InFlightCalls {

    private final Set<JsonRpcClient.PendingCall> calls = new HashSet<>();
    private boolean cancelled;

    /** Runs {@code call} on this thread and returns its result; cancellable through this object meanwhile. */
    public JsonNode await(JsonRpcClient.PendingCall call) throws OdooException {
        synchronized (this) {
            if (cancelled) {
                // Cancelled before it started: OkHttp then fails it without a connection.
                call.cancel();
            }
            calls.add(call);
        }
        try {
            return call.await();
        } finally {
            synchronized (this) {
                calls.remove(call);
            }
        }
    }

    /** Cancels the calls in flight and every later one until {@link #resume()}. Idempotent. */
    public void cancel() {
        List<JsonRpcClient.PendingCall> now;
        synchronized (this) {
            cancelled = true;
            now = List.copyOf(calls);
        }
        // Outside the lock: OkHttp's cancel closes a socket, and nothing else should wait for that.
        now.forEach(JsonRpcClient.PendingCall::cancel);
    }

    /** Whether calls are being cancelled now (until {@link #resume()}). */
    public synchronized boolean cancelled() {
        return cancelled;
    }

    /** Lets later calls run again. */
    public synchronized void resume() {
        cancelled = false;
    }
}
