package till.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import till.outbox.SenderStatus;

/** An order sender whose statuses the test pushes; records the cashier's commands. Call from the FX thread. */
final class RecordingOrderDelivery implements OrderDelivery {

    private final List<Consumer<SenderStatus>> listeners = new ArrayList<>();
    final List<String> commands = new ArrayList<>();

    @Override
    public void addListener(Consumer<SenderStatus> listener, Executor executor) {
        listeners.add(listener);
    }

    @Override
    public void sendNow() {
        commands.add("send now");
    }

    @Override
    public void retryRejected(String uid) {
        commands.add("retry " + uid);
    }

    @Override
    public void retryAllRejected() {
        commands.add("retry all");
    }

    void push(SenderStatus status) {
        listeners.forEach(l -> l.accept(status));
    }
}
