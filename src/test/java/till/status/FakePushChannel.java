package till.status;

import till.push.PushChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import till.push.ConnectionStatus;
import till.push.StatusListener;

/** A push channel whose statuses the test pushes; counts the reconnect clicks. Call from the FX thread. */
final class FakePushChannel implements PushChannel {

    private final List<StatusListener> listeners = new ArrayList<>();
    final AtomicInteger reconnects = new AtomicInteger();

    @Override
    public void addListener(Executor executor, StatusListener listener) {
        listeners.add(listener);
    }

    @Override
    public void reconnectNow() {
        reconnects.incrementAndGet();
    }

    void push(ConnectionStatus status) {
        listeners.forEach(l -> l.statusChanged(status));
    }
}
