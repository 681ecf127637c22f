package till.sell;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.order.OrderLine;
import till.order.ShownPrices;

/**
 * The order side of the selling screen: customer, lines, totals, the numpad with its modes, Pay. FX thread only.
 */
final class OrderPanelView extends VBox {

    private final SellViewModel model;
    private final Messages messages;
    private final MoneyFormat money;
    private final OrderLinesView lines;
    private final Label untaxed = new Label();
    private final Label taxes = new Label();
    private final Label total = new Label();

    OrderPanelView(SellViewModel model, CustomerViewModel customers, Messages messages, MoneyFormat money) {
        this.model = model;
        this.messages = messages;
        this.money = money;
        getStyleClass().add("order-panel");

        Button customer = new Button();
        customer.setId("customer");
        customer.getStyleClass().add("customer-button");
        customer.setGraphic(new FontIcon("mdi2a-account"));
        customer.textProperty().bind(customers.customerLabel());
        customer.setMaxWidth(Double.MAX_VALUE);
        customer.setOnAction(e -> customers.show());

        lines = new OrderLinesView(model::selectLine, messages);
        VBox.setVgrow(lines, Priority.ALWAYS);

        getChildren().addAll(customer, lines, totals(), numpad());
        model.session().current().addListener((obs, old, now) -> showLines());
        model.selectedLine().addListener((obs, old, now) -> showLines());
        showLines();
    }

    private GridPane totals() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("order-totals");
        untaxed.setId("untaxed");
        taxes.setId("taxes");
        total.setId("total");
        total.getStyleClass().add("grand-total");
        Label totalCaption = new Label(messages.get("order.total"));
        totalCaption.getStyleClass().add("grand-total");
        grid.addRow(0, new Label(messages.get("order.untaxed")), untaxed);
        grid.addRow(1, new Label(messages.get("order.taxes")), taxes);
        grid.addRow(2, totalCaption, total);
        for (Label amount : new Label[] {untaxed, taxes, total}) {
            amount.setMaxWidth(Double.MAX_VALUE);
            amount.setAlignment(Pos.CENTER_RIGHT);
            GridPane.setHgrow(amount, Priority.ALWAYS);
        }
        return grid;
    }

    private NumpadView numpad() {
        NumpadView pad = new NumpadView("numpad", model::digit, model::decimalPoint, model::toggleSign);
        ToggleGroup modes = new ToggleGroup();
        pad.side(0, modeButton(pad, modes, NumpadMode.QUANTITY, "quantity", "numpad.quantity"));
        pad.side(1, modeButton(pad, modes, NumpadMode.DISCOUNT, "discount", "numpad.discount"));
        pad.side(2, modeButton(pad, modes, NumpadMode.PRICE, "price", "numpad.price"));
        pad.side(3, pad.backspace(model::backspace));

        Button remove = pad.key("", "remove-line", model::removeSelectedLine);
        remove.setId("remove-line");
        remove.setGraphic(new FontIcon("mdi2d-delete-outline"));
        remove.getStyleClass().add("danger");
        Button pay = pad.key(messages.get("order.pay"), "pay", model::pay);
        pay.setId("pay");
        pay.setGraphic(new FontIcon("mdi2c-cash-register"));
        pay.getStyleClass().add("accent");
        pad.add(remove, 0, 4);
        pad.add(pay, 1, 4, 3, 1);
        return pad;
    }

    private ToggleButton modeButton(NumpadView pad, ToggleGroup group, NumpadMode mode, String id, String key) {
        ToggleButton button = new ToggleButton(messages.get(key));
        button.setId("mode-" + id);
        button.getStyleClass().add("numpad-key");
        button.setToggleGroup(group);
        button.setFocusTraversable(false);
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        button.setSelected(model.mode().get() == mode);
        button.setOnAction(e -> model.setMode(mode));
        model.mode().addListener((obs, old, now) -> button.setSelected(now == mode));
        return button;
    }

    private void showLines() {
        OrderSnapshot order = model.session().current().get();
        if (order == null) {
            lines.show(List.of());
            return;
        }
        Integer selected = model.selectedLine().get();
        lines.show(order.order().lines().stream().map(line -> row(order, line, selected)).toList());
        untaxed.setText(money.format(order.totals().untaxed()));
        taxes.setText(money.format(order.totals().tax()));
        total.setText(money.format(order.totals().total()));
    }

    private OrderLinesView.Row row(OrderSnapshot order, OrderLine line, Integer selected) {
        String discount = line.discount().signum() == 0 ? ""
                : messages.get("line.discount", MoneyFormat.quantity(line.discount()));
        // Unit price and line total in the configuration's one convention (tax included or not), never mixed.
        ShownPrices prices = model.shownPrices();
        return new OrderLinesView.Row(line.lineId(), line.productName(),
                money.format(prices.lineTotal(line, order.totals())),
                messages.get("line.detail", MoneyFormat.quantity(line.qty()), money.format(prices.unit(line))),
                discount, Integer.valueOf(line.lineId()).equals(selected));
    }
}
