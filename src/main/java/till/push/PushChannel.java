package till.push;

import java.util.concurrent.Executor;

/**
 * The push channel as the longpolling icon uses it: its status and the cashier's "reconnect now". The composition
 * root adapts the bus poller; tests may pass a fake. Implementations are thread-safe and never block.
 */
public interface PushChannel {

    /** Calls {@code listener} on {@code executor} with the current status now and with every later change. */
    void addListener(Executor executor, StatusListener listener);

    /** Cancel any back-off wait and the poll in flight, and connect again now. */
    void reconnectNow();
}
