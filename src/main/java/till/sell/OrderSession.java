package till.sell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.order.PaidOrder;

/**
 * The till's open orders and the one on screen, shared by the selling and payment view models: every change goes
 * through {@link RegisterCalls} off the FX thread and comes back here. FX thread only.
 */
public final class OrderSession {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSession.class);

    private final RegisterCalls calls;
    private final Messages messages;
    private final ObservableList<OrderSnapshot> orders = FXCollections.observableArrayList();
    /** One wrapper for all callers: it holds its listeners only weakly on the backing list. */
    private final ObservableList<OrderSnapshot> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ReadOnlyObjectWrapper<OrderSnapshot> current = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.SELL);
    private final ReadOnlyObjectWrapper<PaidOrder> receipt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper paying = new ReadOnlyBooleanWrapper();
    private long noticeSequence;
    /** Edits that came while the next order was being created (a second scan right after the first): run then. */
    private final List<Runnable> waitingForOrder = new ArrayList<>();
    private boolean creating;
    /** The uid of a non-empty order whose discard waits for a second tap, or null. */
    private String armedDiscard;

    public OrderSession(RegisterCalls calls, Messages messages) {
        this.calls = calls;
        this.messages = messages;
        current.addListener((obs, old, now) -> {
            if (now == null || !now.uid().equals(armedDiscard)) {
                armedDiscard = null;
            }
        });
    }

    /** Loads the orders left open (e.g. before a restart); shows the oldest. */
    public void start() {
        calls.load(loaded -> {
            orders.setAll(loaded);
            current.set(loaded.get(0));
        }, e -> failed("error.load", e));
    }

    public ObservableList<OrderSnapshot> orders() {
        return ordersView;
    }

    public ReadOnlyObjectProperty<OrderSnapshot> current() {
        return current.getReadOnlyProperty();
    }

    public ObjectProperty<Screen> screen() {
        return screen;
    }

    public ReadOnlyObjectProperty<PaidOrder> receipt() {
        return receipt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> notice() {
        return notice.getReadOnlyProperty();
    }

    /** True from Validate until the payment is durably stored or refused. */
    public ReadOnlyBooleanProperty paying() {
        return paying.getReadOnlyProperty();
    }

    /** Parks the current order and starts a new one. */
    public void newOrder() {
        newOrder(() -> { });
    }

    private void newOrder(Runnable then) {
        creating = true;
        calls.newOrder(snapshot -> {
            creating = false;
            orders.add(snapshot);
            current.set(snapshot);
            then.run();
            List<Runnable> waiting = List.copyOf(waitingForOrder);
            waitingForOrder.clear();
            waiting.forEach(Runnable::run);
        }, e -> {
            creating = false;
            waitingForOrder.clear();
            failed("error.change", e);
        });
    }

    /** Parks the current order and resumes another. */
    public void switchTo(String uid) {
        orders.stream().filter(o -> o.uid().equals(uid)).findFirst().ifPresent(current::set);
    }

    /**
     * Abandons the current order and shows another (a new one if it was the last). An order with lines or payments
     * needs a second tap, so a slip of the finger loses nothing.
     */
    public void discardCurrent() {
        OrderSnapshot gone = current.get();
        if (gone == null) {
            return;
        }
        if (!gone.isEmpty() && !gone.uid().equals(armedDiscard)) {
            armedDiscard = gone.uid();
            tell(messages.get("notice.discardAgain"), false);
            return;
        }
        armedDiscard = null;
        calls.discard(gone.uid(), () -> {
            orders.removeIf(o -> o.uid().equals(gone.uid()));
            showAnotherOrder();
        }, e -> failed("error.change", e));
    }

    /** Changes the current order; {@code after} sees the new snapshot once it is stored. */
    public void edit(OrderEdit edit, Consumer<OrderSnapshot> after) {
        OrderSnapshot target = current.get();
        if (target == null) {
            if (creating) {
                waitingForOrder.add(() -> edit(edit, after));
            }
            return;
        }
        calls.edit(target.uid(), edit, snapshot -> {
            orders.replaceAll(o -> o.uid().equals(snapshot.uid()) ? snapshot : o);
            if (current.get() != null && current.get().uid().equals(snapshot.uid())) {
                current.set(snapshot);
            }
            after.accept(snapshot);
        }, e -> failed("error.change", e));
    }

    /** Pays the current order and shows the receipt, only once the register reports it durably stored. */
    public void pay() {
        OrderSnapshot target = current.get();
        if (target == null || paying.get()) {
            return;
        }
        paying.set(true);
        calls.pay(target.uid(), paid -> {
            paying.set(false);
            orders.removeIf(o -> o.uid().equals(paid.uid()));
            receipt.set(paid);
            screen.set(Screen.RECEIPT);
        }, e -> {
            paying.set(false);
            failed("error.pay", e);
        });
    }

    /** Leaves the receipt for the next open order, or a new one. */
    public void nextOrder() {
        receipt.set(null);
        showAnotherOrder();
        screen.set(Screen.SELL);
    }

    /**
     * Leaves the receipt for the next customer's order, which {@code then} fills (their first item, scanned while
     * the receipt showed): an empty open order if the newest is one, else a new order; never a parked order.
     */
    public void startNextCustomer(Runnable then) {
        receipt.set(null);
        screen.set(Screen.SELL);
        List<OrderSnapshot> left = List.copyOf(orders);
        if (!left.isEmpty() && left.get(left.size() - 1).isEmpty()) {
            current.set(left.get(left.size() - 1));
            then.run();
        } else {
            current.set(null);
            newOrder(then);
        }
    }

    /** Shows a message in the notice banner. */
    public void tell(String text, boolean error) {
        notice.set(new Message(text, error, ++noticeSequence));
    }

    private void showAnotherOrder() {
        List<OrderSnapshot> left = List.copyOf(orders);
        if (left.isEmpty()) {
            current.set(null);
            newOrder();
        } else {
            current.set(left.get(left.size() - 1));
        }
    }

    private void failed(String key, Exception e) {
        LOG.warn("{}: {}", key, e.toString());
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        tell(messages.get(key, detail), true);
    }
}
