package till.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import till.order.OpenOrder;
import till.order.OpenOrders;

/** Open orders kept in memory, with a log of every save for tests to check. Thread-safe. */
public final class FakeOpenOrders implements OpenOrders {

    private final Map<String, OpenOrder> orders = new LinkedHashMap<>();
    private final List<OpenOrder> saves = new ArrayList<>();

    @Override
    public synchronized List<OpenOrder> all() {
        return List.copyOf(orders.values());
    }

    @Override
    public synchronized void save(OpenOrder order) {
        orders.put(order.uid(), order);
        saves.add(order);
    }

    @Override
    public synchronized void discard(String uid) {
        orders.remove(uid);
    }

    /** Removes the order as the outbox does when it commits the paid order. */
    public synchronized void removeQuietly(String uid) {
        orders.remove(uid);
    }

    /** Every value ever passed to {@link #save}, in order. */
    public synchronized List<OpenOrder> saves() {
        return List.copyOf(saves);
    }

    /** The last value saved for this uid, or null. */
    public synchronized OpenOrder stored(String uid) {
        return orders.get(uid);
    }
}
