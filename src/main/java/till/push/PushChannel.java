package till.push;

import java.util.concurrent.Executor;

/**
 * The push channel as the longpolling icon uses it, the icon's one model: its status and the cashier's "reconnect
 * now". {@link PushConnection} is the one for a server; tests may pass a fake. Implementations are thread-safe and
 * never block.
 */
public interface PushChannel {

    /** Calls {@code listener} on {@code executor} with the current status now and with every later change. */
    void addListener(Executor executor, StatusListener listener);

    /** Cancel any back-off wait and the poll in flight, and connect again now. */
    void reconnectNow();
}
