package till.status;

import till.push.PushChannel;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import till.push.ConnectionState;
import till.push.ConnectionStatus;

/**
 * The longpolling icon's state (red, orange, green, rotating) with its explanation; its click reconnects now and
 * shows the detail panel. FX thread only (statuses arrive through the executor given to {@link #listen}).
 */
public final class PushViewModel {

    private final PushChannel channel;
    private final StatusWords words;
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.STOPPED);
    private final ReadOnlyStringWrapper headline;
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reassurance = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper detailOpen = new ReadOnlyBooleanWrapper(false);

    public PushViewModel(PushChannel channel, StatusWords words) {
        this.channel = channel;
        this.words = words;
        this.headline = new ReadOnlyStringWrapper(words.meaning(ConnectionState.STOPPED));
    }

    /** Follows the channel's status; {@code ui} runs on the FX thread ({@code Platform::runLater}). */
    public void listen(Executor ui) {
        channel.addListener(ui, this::show);
    }

    /** The cashier clicked: reconnect now, and show what happens. */
    public void click() {
        channel.reconnectNow();
        detailOpen.set(true);
    }

    public void closeDetail() {
        detailOpen.set(false);
    }

    private void show(ConnectionStatus status) {
        state.set(status.state());
        headline.set(words.meaning(status));
        explanation.set(words.push(status));
        reassurance.set(words.keepSelling(status.state()));
        details.set(words.pushDetails(status));
    }

    public ReadOnlyObjectProperty<ConnectionState> state() {
        return state.getReadOnlyProperty();
    }

    /** One line: what the look means. */
    public ReadOnlyStringProperty headline() {
        return headline.getReadOnlyProperty();
    }

    /** The tooltip and the detail: meaning, since when, cause, what to do. */
    public ReadOnlyStringProperty explanation() {
        return explanation.getReadOnlyProperty();
    }

    /** Red or orange: what the cashier needs to know first (keep selling, orders are safe); else empty. */
    public ReadOnlyStringProperty reassurance() {
        return reassurance.getReadOnlyProperty();
    }

    /** The admin's part of the detail panel, behind "Details": since when, the cause, what to do. */
    public ReadOnlyStringProperty details() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailOpen() {
        return detailOpen.getReadOnlyProperty();
    }
}
