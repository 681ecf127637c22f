package till.odoo;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one call on the wire: whether OkHttp began to write its request (from then on the server may have it), and
 * OkHttp's own decision to try a failed attempt again, which it logs. One per call; OkHttp calls it from the thread
 * that runs the call, {@link #written()} is read by the same thread afterwards. Thread-safe (a volatile flag).
 */
final class WriteTracker extends EventListener {

    private static final Logger LOG = LoggerFactory.getLogger(WriteTracker.class);

    private final String route;
    private volatile boolean written;

    WriteTracker(String route) {
        this.route = route;
    }

    /** Whether the request's headers had started to go out on some attempt of the call. */
    boolean written() {
        return written;
    }

    @Override
    public void requestHeadersStart(Call call) {
        // Counted before the first byte: a request cut off in its headers is not processed by Odoo, but a byte
        // count cannot tell where a proxy stopped reading, so "began" is the safe side.
        written = true;
    }

    @Override
    public void retryDecision(Call call, IOException exception, boolean retry) {
        if (retry) {
            // Only calls that change nothing on the server are let retried by OkHttp (JsonRpcClient#startOnce).
            LOG.debug("POST {}: OkHttp tries again after {}", route, exception.toString());
        }
    }
}
