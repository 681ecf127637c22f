package till.status;

import till.push.PushChannel;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import till.fx.Async;
import till.sell.MoneyFormat;

/**
 * The status area's parts, built together: the DEMO badge (in demo mode), the longpolling and Wi-Fi icons for the top
 * bar, and the outbox and connection panels to lay over the screen. Add {@link #STYLESHEET} to the scene. FX thread
 * only.
 */
public final class StatusViews {

    /** The stylesheet with the icons' colours. */
    public static final String STYLESHEET = StatusViews.class.getResource("status.css").toExternalForm();

    private final WifiViewModel wifi;
    private final OutboxPanelViewModel outbox;
    private final PushViewModel push;
    private final List<Node> icons;
    private final List<Node> overlays;

    /**
     * @param async runs outbox reads and exports on an I/O thread and applies the results on the FX thread
     * @param words the status words in the till's language; every text of the icons and panels is said in it
     * @param money the shop's money format (the words carry their own, built from the same currency)
     * @param demo  whether to show the DEMO badge
     */
    public StatusViews(OrderDelivery delivery, OutboxAccess access, PushChannel channel, Async async,
                       StatusWords words, MoneyFormat money, ExportChooser chooser, boolean demo) {
        outbox = new OutboxPanelViewModel(access, delivery, async, words);
        wifi = new WifiViewModel(delivery, outbox, words);
        push = new PushViewModel(channel, words);
        Label badge = new Label(words.texts().get("demo.badge"));
        badge.setId("demo-badge");
        badge.getStyleClass().add("demo-badge");
        badge.setVisible(demo);
        badge.setManaged(demo);
        icons = List.of(badge, new PushIconView(push), new WifiIconView(wifi));
        overlays = List.of(new OutboxPanelView(outbox, words, chooser), new PushDetailView(push, words.texts()));
    }

    /** Starts following the sender and the push channel; {@code ui} is {@code Platform::runLater}. */
    public void listen(Executor ui) {
        wifi.listen(ui);
        push.listen(ui);
    }

    /**
     * The printer indicator, for the status area after the two icons (only when the till has a printer); its model
     * follows the print queue once {@link PrinterViewModel#listen} is called.
     */
    public static Node printerIndicator(PrinterViewModel model) {
        return new PrinterIndicatorView(model);
    }

    /** For the top bar's status area, left to right. */
    public List<Node> icons() {
        return icons;
    }

    /** For the stack over the selling screen. */
    public List<Node> overlays() {
        return overlays;
    }

    public WifiViewModel wifi() {
        return wifi;
    }

    public OutboxPanelViewModel outbox() {
        return outbox;
    }

    public PushViewModel push() {
        return push;
    }
}
