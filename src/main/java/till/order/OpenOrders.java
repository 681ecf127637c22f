package till.order;

import java.util.List;

/**
 * The orders being rung up (unpaid), kept so that they survive a restart. Implementations are thread-safe and block
 * on the disk: never call them on the JavaFX thread.
 */
public interface OpenOrders {

    /** All open orders, oldest first. */
    List<OpenOrder> all();

    /** Inserts or replaces the order with this uid. */
    void save(OpenOrder order);

    /** Removes an unpaid order the cashier abandoned. */
    void discard(String uid);
}
