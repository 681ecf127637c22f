package till.sell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import till.fx.Async;
import till.order.OpenOrder;
import till.order.PaidOrder;
import till.register.Register;

/**
 * The screen's calls to the {@link Register}, run on the I/O executor. It keeps the newest version of every open
 * order on that side, so an edit queued while an earlier one is still running applies to the earlier one's result
 * and nothing typed is lost. Thread-safe (callers are on the FX thread; the map is touched on the I/O thread).
 */
public final class RegisterCalls {

    private final Register register;
    private final Async async;
    private final Map<String, OpenOrder> newest = new ConcurrentHashMap<>();

    public RegisterCalls(Register register, Async async) {
        this.register = register;
        this.async = async;
    }

    /** Loads the open orders (oldest first), starting a new one when there is none. */
    public void load(Consumer<List<OrderSnapshot>> onDone, Consumer<Exception> onFailure) {
        async.run(() -> {
            List<OpenOrder> orders = new ArrayList<>(register.openOrders());
            if (orders.isEmpty()) {
                orders.add(register.newOrder());
            }
            return orders.stream().map(this::remember).toList();
        }, onDone, onFailure);
    }

    public void newOrder(Consumer<OrderSnapshot> onDone, Consumer<Exception> onFailure) {
        async.run(() -> remember(register.newOrder()), onDone, onFailure);
    }

    public void edit(String uid, OrderEdit edit, Consumer<OrderSnapshot> onDone, Consumer<Exception> onFailure) {
        async.run(() -> remember(edit.apply(register, current(uid))), onDone, onFailure);
    }

    public void discard(String uid, Runnable onDone, Consumer<Exception> onFailure) {
        async.run(() -> {
            register.discard(current(uid));
            newest.remove(uid);
            return uid;
        }, done -> onDone.run(), onFailure);
    }

    /** Pays the order; {@code onDone} runs only after the paid order is durably committed. */
    public void pay(String uid, Consumer<PaidOrder> onDone, Consumer<Exception> onFailure) {
        async.run(() -> {
            PaidOrder paid = register.pay(current(uid));
            newest.remove(uid);
            return paid;
        }, onDone, onFailure);
    }

    private OpenOrder current(String uid) {
        OpenOrder order = newest.get(uid);
        if (order == null) {
            throw new IllegalStateException("no open order " + uid);
        }
        return order;
    }

    private OrderSnapshot remember(OpenOrder order) {
        newest.put(order.uid(), order);
        return new OrderSnapshot(order, register.totals(order), register.paymentStatus(order));
    }
}
