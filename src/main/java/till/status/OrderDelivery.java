package till.status;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import till.outbox.SenderStatus;

/**
 * The order sender as the Wi-Fi icon and the outbox panel use it: its status, and the cashier's commands. The
 * composition root adapts {@code till.outbox.OrderSender}; tests may pass a fake. Implementations are thread-safe and
 * never block.
 */
public interface OrderDelivery {

    /** Calls {@code listener} on {@code executor} with the current status now and with every later change. */
    void addListener(Consumer<SenderStatus> listener, Executor executor);

    /** Send every waiting order now instead of waiting for the back-off. */
    void sendNow();

    /** Send this rejected order again. */
    void retryRejected(String uid);

    /** Send every rejected order again. */
    void retryAllRejected();
}
