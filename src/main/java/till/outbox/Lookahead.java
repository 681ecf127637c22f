package till.outbox;

import till.order.PaidOrder;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the next waiting orders from the store on its own thread, {@code order-sender-lookahead}, while the sender's
 * thread waits for the server. It only reads: nothing changes state until the sender claims what it read. Used by
 * the sender's thread only; the reading thread starts with the first look-ahead.
 */
final class Lookahead implements AutoCloseable {

    private final OutboxQueue queue;
    private ExecutorService reader;

    Lookahead(OutboxQueue queue) {
        this.queue = queue;
    }

    /** Starts reading up to {@code max} waiting orders without {@code skip}. */
    Future<List<PaidOrder>> peek(int max, Set<String> skip) {
        if (reader == null) {
            reader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "order-sender-lookahead");
                // Reading only: a JVM exit mid-read loses nothing.
                t.setDaemon(true);
                return t;
            });
        }
        return reader.submit(() -> queue.peek(max, skip));
    }

    /** Waits for a look-ahead; a failed read is rethrown as it was (the sender's round handles store failures). */
    List<PaidOrder> result(Future<List<PaidOrder>> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (CancellationException e) {
            return List.of();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("reading the next waiting orders failed", e.getCause());
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.shutdown();
        }
    }
}
