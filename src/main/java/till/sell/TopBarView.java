package till.sell;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The top bar: the strip of open orders (new, switch, discard) and the status area where the connection icons go.
 * FX thread only.
 */
final class TopBarView extends HBox {

    private final OrderSession session;
    private final Messages messages;
    private final HBox tabs = new HBox();
    private final HBox status = new HBox();
    private final ToggleGroup group = new ToggleGroup();
    /** The order history's button: shown once the composition root offers the history (F3 opens it too). */
    private final Button history = new Button("", new FontIcon("mdi2h-history"));

    TopBarView(OrderSession session, Messages messages, String shopName) {
        this.session = session;
        this.messages = messages;
        history.setText(messages.get("history.button"));
        getStyleClass().add("top-bar");

        Label brand = new Label(shopName, new FontIcon("mdi2c-cash-register"));
        brand.getStyleClass().add("brand");

        tabs.getStyleClass().add("order-tabs");
        ScrollPane tabScroll = new ScrollPane(tabs);
        tabScroll.getStyleClass().add("order-tab-scroll");
        tabScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tabScroll.setFitToHeight(true);
        HBox.setHgrow(tabScroll, Priority.ALWAYS);

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

        getChildren().addAll(brand, tabScroll, add, discard, history, status);
        // Orders change hands only while selling: not in the middle of a payment or on a receipt.
        for (Node node : new Node[] {tabScroll, add, discard}) {
            node.disableProperty().bind(session.screen().isNotEqualTo(Screen.SELL));
        }
        session.orders().addListener((ListChangeListener<OrderSnapshot>) c -> showTabs());
        session.current().addListener((obs, old, now) -> showTabs());
        showTabs();
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

    private void showTabs() {
        tabs.getChildren().clear();
        OrderSnapshot current = session.current().get();
        for (OrderSnapshot order : session.orders()) {
            ToggleButton tab = new ToggleButton(messages.get("order.tab", order.order().identity().sequenceNumber(),
                    order.order().lines().size()));
            tab.setId("order-tab-" + order.uid());
            tab.getStyleClass().add("order-tab");
            tab.setToggleGroup(group);
            tab.setFocusTraversable(false);
            tab.setSelected(current != null && current.uid().equals(order.uid()));
            tab.setOnAction(e -> {
                tab.setSelected(true);
                session.switchTo(order.uid());
            });
            tabs.getChildren().add(tab);
        }
    }
}
