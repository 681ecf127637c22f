package till.refund;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import till.catalog.PaymentMethod;
import till.i18n.Texts;

/**
 * The refund screen, read top to bottom: the reference field (type it, or scan the receipt's barcode: a scanner types
 * it and presses Enter), the original's lines with − and + for the quantity to give back, the payment method that
 * pays out, the amount to pay out, and Refund, in the model's language. FX thread only.
 */
public final class RefundView extends VBox {

    private final RefundViewModel model;
    private final VBox lines = new VBox(6);
    private final Texts texts;

    public RefundView(RefundViewModel model) {
        super(10);
        this.model = model;
        this.texts = model.texts();
        setPadding(new Insets(16));
        TextField reference = new TextField();
        reference.setId("refund-reference");
        reference.setPromptText(texts.get("refund.reference.prompt"));
        reference.textProperty().bindBidirectional(model.reference());
        reference.setOnAction(e -> model.find());
        Button find = new Button(texts.get("refund.find"));
        find.setId("refund-find");
        find.setOnAction(e -> model.find());
        HBox.setHgrow(reference, Priority.ALWAYS);
        lines.setId("refund-lines");
        model.rows().addListener((ListChangeListener<RefundRow>) change -> showRows());
        ChoiceBox<PaymentMethod> method = new ChoiceBox<>(model.methods());
        method.setId("refund-method");
        method.valueProperty().bindBidirectional(model.method());
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaymentMethod m) {
                return m == null ? "" : m.name();
            }

            @Override
            public PaymentMethod fromString(String text) {
                return null;
            }
        });
        Label payOut = new Label();
        payOut.setId("refund-payout");
        payOut.textProperty().bind(model.payOut());
        Button confirm = new Button(texts.get("refund.confirm"));
        confirm.setId("refund-confirm");
        confirm.setDefaultButton(false);
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> model.step().get()
                != RefundViewModel.Step.CHOOSING || !model.payable().get(), model.step(), model.payable()));
        confirm.setOnAction(e -> model.refund());
        Label message = new Label();
        message.setId("refund-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        payOut.setWrapText(true);
        getChildren().addAll(new Label(texts.get("refund.heading")), new HBox(8, reference, find), lines,
                new HBox(8, new Label(texts.get("refund.pay.out.in")), method), payOut, confirm, message);
    }

    private void showRows() {
        lines.getChildren().clear();
        for (RefundRow row : model.rows()) {
            int id = row.line().lineId();
            Label text = new Label(row.text(texts));
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button less = new Button("\u2212");
            less.setId("refund-less-" + id);
            less.setOnAction(e -> model.less(row));
            Label qty = new Label();
            qty.setId("refund-qty-" + id);
            qty.textProperty().bind(Bindings.createStringBinding(() -> RefundRow.plain(row.chosen().get()),
                    row.chosen()));
            Button more = new Button("+");
            more.setId("refund-more-" + id);
            more.setOnAction(e -> model.more(row));
            more.setDisable(row.line().left().signum() == 0);
            lines.getChildren().add(new HBox(8, text, less, qty, more));
        }
    }
}
