package till.sell;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import till.order.OpenOrder;

/**
 * The open orders as tabs of one width in whatever room the top bar leaves them: as many as fit, the current one
 * always among them, the rest behind a "+n" menu at the strip's end, so nothing ever scrolls over the tabs and the
 * buttons beside the strip never move. Each tab says whose order it is, its total and how long it has been open.
 * FX thread only.
 */
final class OrderTabStrip extends HBox {

    /** A tab's width: room for "#123 · a customer's name" and "$ 1,234.56 · 45 min" on two lines. */
    static final double TAB_WIDTH = 168;
    private static final double GAP = 6;
    /** The "+n" menu's width, kept free when the tabs overflow. */
    private static final double MORE_WIDTH = 64;

    private final OrderSession session;
    private final CustomerViewModel customers;
    private final Messages messages;
    private final MoneyFormat money;
    private final Clock clock;
    private final ToggleGroup group = new ToggleGroup();
    private final MenuButton more = new MenuButton();

    OrderTabStrip(OrderSession session, CustomerViewModel customers, Messages messages, MoneyFormat money,
                  Clock clock) {
        this.session = session;
        this.customers = customers;
        this.messages = messages;
        this.money = money;
        this.clock = clock;
        getStyleClass().add("order-tabs");
        setSpacing(GAP);
        setAlignment(Pos.CENTER_LEFT);
        // Takes exactly the room the bar leaves: never more, so the brand and the buttons keep their size.
        setMinWidth(0);
        setPrefWidth(0);
        more.setId("more-orders");
        more.getStyleClass().add("more-orders");
        more.setFocusTraversable(false);
        more.setMinWidth(MORE_WIDTH);
        more.setMaxWidth(MORE_WIDTH);
        widthProperty().addListener((obs, old, now) -> show());
    }

    /** Shows the tabs again: after the orders, the current order or the ages changed. */
    void show() {
        List<OrderSnapshot> orders = List.copyOf(session.orders());
        OrderSnapshot current = session.current().get();
        int fitting = fitting(orders.size(), getWidth());
        List<OrderSnapshot> shown = new ArrayList<>(orders.subList(0, Math.min(fitting, orders.size())));
        int currentAt = current == null ? -1 : indexOf(orders, current.uid());
        if (currentAt >= fitting && fitting > 0) {
            // The current order is always a tab: it takes the last place, the one it pushes out goes to the menu.
            shown.set(fitting - 1, orders.get(currentAt));
        }
        List<OrderSnapshot> hidden = orders.stream().filter(o -> !shown.contains(o)).toList();
        getChildren().setAll(shown.stream().map(o -> tab(o, current)).toList());
        if (!hidden.isEmpty()) {
            more.setText(messages.get("order.tabs.more", hidden.size()));
            more.getItems().setAll(hidden.stream().map(this::menuItem).toList());
            getChildren().add(more);
        }
    }

    /** How many tabs fit in the width, leaving room for the menu when not all of them do. */
    static int fitting(int count, double width) {
        if (count * (TAB_WIDTH + GAP) <= width + GAP) {
            return count;
        }
        return Math.max(1, (int) ((width - MORE_WIDTH) / (TAB_WIDTH + GAP)));
    }

    private static int indexOf(List<OrderSnapshot> orders, String uid) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).uid().equals(uid)) {
                return i;
            }
        }
        return -1;
    }

    private ToggleButton tab(OrderSnapshot order, OrderSnapshot current) {
        Label title = new Label(title(order));
        title.getStyleClass().add("tab-title");
        Label summary = new Label(summary(order));
        summary.getStyleClass().add("tab-summary");
        ToggleButton tab = new ToggleButton(null, new VBox(title, summary));
        tab.setId("order-tab-" + order.uid());
        tab.getStyleClass().add("order-tab");
        tab.setMinWidth(TAB_WIDTH);
        tab.setPrefWidth(TAB_WIDTH);
        tab.setMaxWidth(TAB_WIDTH);
        tab.setToggleGroup(group);
        tab.setFocusTraversable(false);
        tab.setSelected(current != null && current.uid().equals(order.uid()));
        tab.setOnAction(e -> {
            tab.setSelected(true);
            session.switchTo(order.uid());
        });
        return tab;
    }

    private MenuItem menuItem(OrderSnapshot order) {
        MenuItem item = new MenuItem(messages.get("order.tabs.item", title(order), summary(order)));
        item.setId("more-order-" + order.uid());
        item.setOnAction(e -> session.switchTo(order.uid()));
        return item;
    }

    /** "#3" or "#3 · Gemini Furniture". */
    private String title(OrderSnapshot order) {
        OpenOrder open = order.order();
        long number = open.identity().sequenceNumber();
        return open.customerId() == null ? messages.get("order.tab.number", number)
                : messages.get("order.tab.customer", number, customers.nameOf(open.customerId()));
    }

    /** "$ 46.00 · 5 min". */
    private String summary(OrderSnapshot order) {
        return messages.get("order.tab.summary", money.format(order.totals().total()), age(order.order()));
    }

    private String age(OpenOrder order) {
        long minutes = Math.max(0, Duration.between(order.createdAt(), clock.instant()).toMinutes());
        if (minutes < 1) {
            return messages.get("order.age.new");
        }
        return minutes < 60 ? messages.get("order.age.minutes", minutes)
                : messages.get("order.age.hours", minutes / 60, minutes % 60);
    }
}
