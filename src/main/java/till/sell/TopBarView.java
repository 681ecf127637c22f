package till.sell;

import java.time.Clock;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The top bar: the strip of open orders (new, switch, discard) and the status area where the connection icons go.
 * FX thread only.
 */
final class TopBarView extends HBox {

    /** How often the tabs' ages are written again. */
    private static final Duration AGE_REFRESH = Duration.seconds(30);

    private final OrderTabStrip tabs;
    private final HBox status = new HBox();
    /** The order history's button: shown once the composition root offers the history (F3 opens it too). */
    private final Button history = new Button("", new FontIcon("mdi2h-history"));

    TopBarView(OrderSession session, CustomerViewModel customers, Messages messages, MoneyFormat money,
               String shopName, Clock clock) {
        history.setText(messages.get("history.button"));
        getStyleClass().add("top-bar");

        Label brand = new Label(shopName, new FontIcon("mdi2c-cash-register"));
        brand.setId("brand");
        brand.getStyleClass().add("brand");

        tabs = new OrderTabStrip(session, customers, messages, money, clock);
        HBox.setHgrow(tabs, Priority.ALWAYS);

        Button add = new Button("", new FontIcon("mdi2p-plus"));
        add.setId("new-order");
        add.getStyleClass().add("bar-button");
        add.setFocusTraversable(false);
        add.setOnAction(e -> session.newOrder());
        Button discard = new Button("", new FontIcon("mdi2d-delete-outline"));
        discard.setId("discard-order");
        discard.getStyleClass().add("bar-button");
        discard.setFocusTraversable(false);
        discard.setOnAction(e -> session.discardCurrent());

        // Filled by the composition root with the DEMO badge and the connection icons (till.status).
        status.setId("status-area");
        status.getStyleClass().add("status-area");

        history.setId("open-history");
        history.getStyleClass().add("bar-button");
        history.setFocusTraversable(false);
        history.setTooltip(new Tooltip(messages.get("history.tooltip")));
        history.setVisible(false);
        history.managedProperty().bind(history.visibleProperty());

        getChildren().addAll(brand, tabs, add, discard, history, status);
        // Only the tab strip gives way when room is short: the shop's name, the buttons (at a place that never
        // moves) and the status icons with the DEMO badge keep their size.
        for (Region fixed : new Region[] {brand, add, discard, history, status}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Orders change hands only while selling: not in the middle of a payment or on a receipt.
        for (Node node : new Node[] {tabs, add, discard}) {
            node.disableProperty().bind(session.screen().isNotEqualTo(Screen.SELL));
        }
        session.orders().addListener((ListChangeListener<OrderSnapshot>) c -> tabs.show());
        session.current().addListener((obs, old, now) -> tabs.show());
        customers.customerLabel().addListener((obs, old, now) -> tabs.show());
        Timeline ages = new Timeline(new KeyFrame(AGE_REFRESH, e -> tabs.show()));
        ages.setCycleCount(Animation.INDEFINITE);
        // Only while shown: a running timeline would keep a closed screen alive.
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                ages.stop();
            } else {
                ages.play();
            }
        });
        tabs.show();
    }

    /** Shows the Orders button, which (as F3 does) runs {@code open}. */
    void offerHistory(Runnable open) {
        history.setOnAction(e -> open.run());
        history.setVisible(true);
    }

    /** Where the connection icons go. */
    HBox statusArea() {
        return status;
    }
}
