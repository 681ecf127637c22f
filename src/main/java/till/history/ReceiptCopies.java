package till.history;

import java.util.function.Consumer;
import till.order.PaidOrder;

/**
 * What the order history can do with the till's receipt printer: reprint an order's receipt as a copy marked
 * DUPLICATE through the durable print queue (never a second original), and on the demo printer show the receipt it
 * made. The methods return at once (queueing runs off the FX thread). Implementations are thread-safe.
 */
public interface ReceiptCopies {

    /** No printer: the receipt is shown on the screen only. */
    ReceiptCopies NONE = new ReceiptCopies() {
        @Override
        public boolean canPrint() {
            return false;
        }

        @Override
        public void reprint(PaidOrder paid, Consumer<String> failed) {
            throw new IllegalStateException("no printer");
        }
    };

    /** Whether a printer is set up, so that Reprint is offered. */
    boolean canPrint();

    /**
     * Queues a copy of the order's receipt marked DUPLICATE; when it cannot be queued (the store refused it),
     * {@code failed} gets the cause in words on the FX thread, so the cashier does not wait for a copy that never
     * comes.
     */
    void reprint(PaidOrder paid, Consumer<String> failed);

    /** Whether {@link #show} can show what the printer made (the demo printer). */
    default boolean showable() {
        return false;
    }

    /** Shows the receipt the demo printer made of this order, in a window. FX thread only. */
    default void show(PaidOrder paid) {
    }
}
