package till.sell;

import java.math.BigDecimal;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.order.OrderLine;

/**
 * The order side of the selling screen: customer, lines, totals, the numpad with its modes, Pay. FX thread only.
 */
final class OrderPanelView extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final SellViewModel model;
    private final Messages messages;
    private final MoneyFormat money;
    private final VBox lines = new VBox();
    private final ScrollPane linesScroll = new ScrollPane(lines);
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

        lines.getStyleClass().add("order-lines");
        linesScroll.setId("order-lines");
        linesScroll.setFitToWidth(true);
        linesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(linesScroll, Priority.ALWAYS);

        getChildren().addAll(customer, linesScroll, totals(), numpad());
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
        lines.getChildren().clear();
        if (order == null) {
            return;
        }
        if (order.order().lines().isEmpty()) {
            Label empty = new Label(messages.get("order.empty"));
            empty.getStyleClass().add("order-empty");
            empty.setGraphic(new FontIcon("mdi2c-cart-outline"));
            lines.getChildren().add(empty);
        }
        for (OrderLine line : order.order().lines()) {
            lines.getChildren().add(lineNode(line, order.lineTotal(line.lineId())));
        }
        untaxed.setText(money.format(order.totals().untaxed()));
        taxes.setText(money.format(order.totals().tax()));
        total.setText(money.format(order.totals().total()));
        Integer selected = model.selectedLine().get();
        if (selected != null && !order.order().lines().isEmpty()
                && order.order().lines().get(order.order().lines().size() - 1).lineId() == selected) {
            linesScroll.layout();
            linesScroll.setVvalue(1.0);
        }
    }

    private VBox lineNode(OrderLine line, BigDecimal lineTotal) {
        Label name = new Label(line.productName());
        name.getStyleClass().add("line-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label amount = new Label(money.format(lineTotal));
        amount.getStyleClass().add("line-total");
        amount.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(name, spacer, amount);
        Label detail = new Label(messages.get("line.detail", MoneyFormat.quantity(line.qty()),
                money.format(line.priceUnit())));
        detail.getStyleClass().add("line-detail");
        VBox node = new VBox(top, detail);
        if (line.discount().signum() != 0) {
            Label discount = new Label(messages.get("line.discount", MoneyFormat.quantity(line.discount())));
            discount.getStyleClass().add("line-discount");
            node.getChildren().add(discount);
        }
        node.setId("line-" + line.lineId());
        node.getStyleClass().add("order-line");
        node.pseudoClassStateChanged(SELECTED, Integer.valueOf(line.lineId()).equals(model.selectedLine().get()));
        node.setOnMouseClicked(e -> model.selectLine(line.lineId()));
        return node;
    }
}
