package till.sell;

import till.order.PaidOrder;

/**
 * What the receipt screen can do with the till's receipt printer: print or reprint the receipt of the order just
 * paid, and in demo mode show the receipt the simulated printer made. The methods return at once (queueing runs off
 * the FX thread). Implementations are thread-safe.
 */
public interface ReceiptPrinting {

    /** Whether receipts print by themselves after each payment: then the screen offers "Reprint" at once. */
    boolean autoPrint();

    /** Queues the receipt: the original when none was printed yet, else a copy marked DUPLICATE. */
    void print(PaidOrder paid);

    /** Whether {@link #show} can show what the printer made (the demo printer). */
    boolean showable();

    /** Shows the receipt the demo printer made of this order, in a window. FX thread only. */
    void show(PaidOrder paid);
}
