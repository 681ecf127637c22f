package till.status;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import till.outbox.SenderStatus;

/**
 * The Wi-Fi icon's state: green when every paid order reached the server, red with the count when some wait, red
 * too when the order sender failed on an internal error (even with nothing waiting), and whether a send is in flight;
 * its click sends now and opens the outbox panel. FX thread only (statuses arrive through the executor given to
 * {@link #listen}).
 */
public final class WifiViewModel {

    private final OrderDelivery delivery;
    private final OutboxPanelViewModel panel;
    private final StatusWords words;
    private final ReadOnlyObjectWrapper<SenderStatus> status = new ReadOnlyObjectWrapper<>(SenderStatus.initial());
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper("");

    public WifiViewModel(OrderDelivery delivery, OutboxPanelViewModel panel, StatusWords words) {
        this.delivery = delivery;
        this.panel = panel;
        this.words = words;
        show(SenderStatus.initial());
    }

    /** Follows the sender's status; {@code ui} runs on the FX thread ({@code Platform::runLater}). */
    public void listen(Executor ui) {
        delivery.addListener(this::show, ui);
    }

    /** The cashier clicked: send at once, and show what waits. */
    public void click() {
        delivery.sendNow();
        panel.open();
    }

    /** Recomputes the tooltip, whose ages move with the clock. */
    public void refresh() {
        tooltip.set(words.orders(status.get()));
    }

    private void show(SenderStatus now) {
        status.set(now);
        waiting.set(!now.allSent());
        failed.set(now.internalError().isPresent());
        sending.set(now.sending());
        int orders = now.unsent() + now.rejected();
        count.set(orders == 0 ? "" : Integer.toString(orders));
        refresh();
        panel.statusChanged(now);
    }

    public ReadOnlyObjectProperty<SenderStatus> status() {
        return status.getReadOnlyProperty();
    }

    /** Red: some paid order has not reached the server. */
    public ReadOnlyBooleanProperty waiting() {
        return waiting.getReadOnlyProperty();
    }

    /** Red as well: the order sender failed on an internal error and starts again by itself; the tooltip says why. */
    public ReadOnlyBooleanProperty failed() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sending() {
        return sending.getReadOnlyProperty();
    }

    /** The number next to the icon, empty when all is sent. */
    public ReadOnlyStringProperty count() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tooltip() {
        return tooltip.getReadOnlyProperty();
    }
}
