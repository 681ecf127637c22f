package till.cashmove;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import till.i18n.Texts;
import till.session.CashMove;

/**
 * The cash in / out screen, read top to bottom: in or out, the amount, the reason, Confirm, and the message line
 * that says what happened, in the model's language. FX thread only.
 */
public final class CashMoveView extends VBox {

    public CashMoveView(CashMoveViewModel model) {
        super(10);
        setPadding(new Insets(16));
        Texts texts = model.texts();
        ToggleGroup way = new ToggleGroup();
        RadioButton in = new RadioButton(texts.get("cashmove.in"));
        in.setId("cash-move-in");
        in.setToggleGroup(way);
        RadioButton out = new RadioButton(texts.get("cashmove.out"));
        out.setId("cash-move-out");
        out.setToggleGroup(way);
        (model.direction().get() == CashMove.Direction.IN ? in : out).setSelected(true);
        way.selectedToggleProperty().addListener((o, was, now) -> model.direction().set(now == in
                ? CashMove.Direction.IN : CashMove.Direction.OUT));

        TextField amount = new TextField();
        amount.setId("cash-move-amount");
        amount.setPromptText(texts.get("cashmove.amount.prompt"));
        amount.textProperty().bindBidirectional(model.amountText());
        TextField reason = new TextField();
        reason.setId("cash-move-reason");
        reason.setPromptText(texts.get("cashmove.reason.prompt"));
        reason.textProperty().bindBidirectional(model.reason());

        Button confirm = new Button(texts.get("cashmove.confirm"));
        confirm.setId("cash-move-confirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(model.canConfirm().not());
        confirm.setOnAction(e -> model.confirm());
        Label message = new Label();
        message.setId("cash-move-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());

        in.setWrapText(true);
        out.setWrapText(true);
        // Two long choices side by side wrap rather than cut (a German or Dutch text is a third longer).
        in.setMaxWidth(Double.MAX_VALUE);
        out.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(in, Priority.ALWAYS);
        HBox.setHgrow(out, Priority.ALWAYS);
        getChildren().addAll(new Label(texts.get("cashmove.heading")), new HBox(16, in, out),
                new Label(texts.get("cashmove.amount")), amount, new Label(texts.get("cashmove.reason")), reason,
                confirm, message);
    }
}
