package till.sell;

import java.math.BigDecimal;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.catalog.PaymentMethod;
import till.catalog.TaxDisplay;
import till.order.PaymentLine;

/**
 * The payment screen: payment methods, payment lines (split tender), the amount numpad, remaining and change, Back
 * and Validate. FX thread only.
 */
final class PaymentView extends BorderPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DUE = PseudoClass.getPseudoClass("due");
    /** Change to hand back: shown large, in its own colour, so it is read right at arm's length. */
    private static final PseudoClass GIVEN = PseudoClass.getPseudoClass("given");

    /** Odoo's quick-cash keys. */
    private static final int[] QUICK_AMOUNTS = {10, 20, 50};

    private final PaymentViewModel model;
    private final Messages messages;
    private final MoneyFormat money;
    private final VBox lines = new VBox();
    private final Label total = new Label();
    private final Label remaining = new Label();
    private final Label change = new Label();
    /** The taxes as the configuration shows them: included in the total, or added to the untaxed amount. */
    private final Label taxes = new Label();

    PaymentView(PaymentViewModel model, Messages messages, MoneyFormat money) {
        this.model = model;
        this.messages = messages;
        this.money = money;
        getStyleClass().add("payment-screen");

        VBox methods = new VBox();
        methods.getStyleClass().add("payment-methods");
        Label methodsTitle = new Label(messages.get("payment.methods"));
        methodsTitle.getStyleClass().add("section-title");
        methods.getChildren().add(methodsTitle);
        for (PaymentMethod method : model.methods()) {
            Button button = new Button(method.name(), new FontIcon(method.cash() ? "mdi2c-cash" : "mdi2c-credit-card"));
            button.setId("method-" + method.id());
            button.getStyleClass().add("method-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setFocusTraversable(false);
            button.setOnAction(e -> model.addPayment(method.id()));
            methods.getChildren().add(button);
        }

        lines.getStyleClass().add("payment-lines");
        VBox.setVgrow(lines, Priority.ALWAYS);
        // Why Validate is off, next to the figures and above the buttons: never over Back or Validate.
        Label refusal = new Label();
        refusal.setId("payment-refusal");
        refusal.getStyleClass().add("payment-refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(model.refusal());
        refusal.visibleProperty().bind(model.refusal().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        taxes.setId("pay-taxes");
        taxes.getStyleClass().add("payment-taxes");
        VBox middle = new VBox(summary(), taxes, refusal, lines);
        middle.getStyleClass().add("payment-middle");

        NumpadView pad = new NumpadView("pay-numpad", model::digit, model::decimalPoint, null);
        int row = 0;
        for (int amount : QUICK_AMOUNTS) {
            pad.side(row++, pad.key("+" + amount, "plus-" + amount, () -> model.addAmount(BigDecimal.valueOf(amount))));
        }
        pad.side(3, pad.backspace(model::backspace));
        pad.getStyleClass().add("payment-numpad");

        setLeft(methods);
        setCenter(middle);
        setRight(pad);
        setBottom(actions());
        model.session().current().addListener((obs, old, now) -> show());
        model.selected().addListener((obs, old, now) -> show());
        show();
    }

    private GridPane summary() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("payment-summary");
        total.setId("pay-total");
        remaining.setId("remaining");
        change.setId("change");
        grid.addRow(0, new Label(messages.get("payment.total")), total);
        grid.addRow(1, new Label(messages.get("payment.remaining")), remaining);
        grid.addRow(2, new Label(messages.get("payment.change")), change);
        remaining.getStyleClass().add("payment-key-amount");
        change.getStyleClass().add("payment-key-amount");
        for (Label amount : new Label[] {total, remaining, change}) {
            amount.getStyleClass().add("payment-amount");
            amount.setMaxWidth(Double.MAX_VALUE);
            amount.setAlignment(Pos.CENTER_RIGHT);
            GridPane.setHgrow(amount, Priority.ALWAYS);
        }
        return grid;
    }

    private HBox actions() {
        Button back = new Button(messages.get("payment.back"), new FontIcon("mdi2a-arrow-left"));
        back.setId("back");
        back.setOnAction(e -> model.back());
        Button validate = new Button(messages.get("payment.validate"), new FontIcon("mdi2c-check-bold"));
        validate.setId("validate");
        validate.getStyleClass().add("accent");
        validate.disableProperty().bind(model.validateDisabled());
        validate.setOnAction(e -> model.validate());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(back, spacer, validate);
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    private void show() {
        OrderSnapshot order = model.session().current().get();
        lines.getChildren().clear();
        if (order == null) {
            return;
        }
        total.setText(money.format(order.payment().total()));
        taxes.setText(model.taxDisplay() == TaxDisplay.INCLUDED
                ? messages.get("payment.taxesIncluded", money.format(order.totals().tax()))
                : messages.get("payment.taxesExcluded", money.format(order.totals().untaxed()),
                        money.format(order.totals().tax())));
        remaining.setText(money.format(order.payment().remaining()));
        remaining.pseudoClassStateChanged(DUE, order.payment().remaining().signum() > 0);
        change.setText(money.format(order.payment().change()));
        change.pseudoClassStateChanged(GIVEN, order.payment().change().signum() > 0);
        if (order.order().payments().isEmpty()) {
            Label hint = new Label(messages.get("payment.hint"));
            hint.getStyleClass().add("payment-hint");
            lines.getChildren().add(hint);
        }
        for (int i = 0; i < order.order().payments().size(); i++) {
            lines.getChildren().add(paymentLine(i, order.order().payments().get(i)));
        }
    }

    private HBox paymentLine(int index, PaymentLine payment) {
        Label method = new Label(payment.methodName());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label amount = new Label(money.format(payment.amount()));
        amount.setId("payment-amount-" + index);
        Button remove = new Button("", new FontIcon("mdi2c-close-circle-outline"));
        remove.setId("payment-remove-" + index);
        remove.getStyleClass().add("flat");
        remove.setFocusTraversable(false);
        remove.setOnAction(e -> model.removePayment(index));
        HBox row = new HBox(method, spacer, amount, remove);
        row.setId("payment-" + index);
        row.getStyleClass().add("payment-line");
        row.pseudoClassStateChanged(SELECTED, model.selected().get() == index);
        row.setOnMouseClicked(e -> model.select(index));
        return row;
    }
}
