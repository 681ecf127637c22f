package till.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import till.odoo.JsonRpcClient.PendingCall;
import till.odoo.OdooException;

/**
 * The calls a transport has in flight (the poll on the worker's thread, a PING on the timer's), so that closing the
 * transport cancels them all and every later one fails at once as cancelled: a stop never waits for a server that
 * hangs. Thread-safe.
 */
final class CallsInFlight {

    private final Set<PendingCall> calls = new HashSet<>();
    private boolean closed;

    /** Runs the call on this thread and returns its result; a call started after {@link #close} is cancelled. */
    JsonNode await(PendingCall call) throws OdooException {
        synchronized (this) {
            calls.add(call);
            if (closed) {
                call.cancel();
            }
        }
        try {
            return call.await();
        } finally {
            synchronized (this) {
                calls.remove(call);
            }
        }
    }

    synchronized boolean closed() {
        return closed;
    }

    /** Cancels every call in flight and every later one; idempotent. */
    void close() {
        List<PendingCall> cancelling;
        synchronized (this) {
            closed = true;
            cancelling = new ArrayList<>(calls);
        }
        cancelling.forEach(PendingCall::cancel);
    }
}
