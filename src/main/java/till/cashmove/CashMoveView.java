package till.cashmove;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import till.session.CashMove;

/**
 * The cash in / out screen, read top to bottom: in or out, the amount, the reason, Confirm, and the message line
 * that says what happened. FX thread only.
 */
public final class CashMoveView extends VBox {

    public CashMoveView(CashMoveViewModel model) {
        super(10);
        setPadding(new Insets(16));
        ToggleGroup way = new ToggleGroup();
        RadioButton in = new RadioButton("Cash in (put money into the drawer)");
        in.setId("cash-move-in");
        in.setToggleGroup(way);
        RadioButton out = new RadioButton("Cash out (take money out of the drawer)");
        out.setId("cash-move-out");
        out.setToggleGroup(way);
        (model.direction().get() == CashMove.Direction.IN ? in : out).setSelected(true);
        way.selectedToggleProperty().addListener((o, was, now) -> model.direction().set(now == in
                ? CashMove.Direction.IN : CashMove.Direction.OUT));

        TextField amount = new TextField();
        amount.setId("cash-move-amount");
        amount.setPromptText("e.g. 20 or 12.50");
        amount.textProperty().bindBidirectional(model.amountText());
        TextField reason = new TextField();
        reason.setId("cash-move-reason");
        reason.setPromptText("e.g. float for change, bank deposit");
        reason.textProperty().bindBidirectional(model.reason());

        Button confirm = new Button("Confirm");
        confirm.setId("cash-move-confirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.canConfirm().not());
        confirm.setOnAction(e -> model.confirm());
        Label message = new Label();
        message.setId("cash-move-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());

        getChildren().addAll(new Label("Cash in / out"), new HBox(16, in, out), new Label("Amount"), amount,
                new Label("Reason (required)"), reason, confirm, message);
    }
}
