package till.closing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import till.i18n.Texts;
import till.session.MethodTotal;
import till.session.UnsentOrder;
import till.session.ZReport;

/**
 * The closing screen, read top to bottom: what each payment method should hold, the cash count, the difference and
 * the note, the unsent orders with "Send now", "Check again" and a manager's override, the close button, the Z
 * report once closed, and then "Open the next session". Built in code over a {@link ClosingViewModel}, in the model's
 * language. FX thread only.
 */
public final class ClosingView extends VBox {

    /**
     * @param managerGate runs the override once a manager allowed it (the PIN dialog when a PIN is set)
     * @param money       how an amount is written (the currency's format)
     */
    public ClosingView(ClosingViewModel model, Consumer<Runnable> managerGate, Function<BigDecimal, String> money) {
        this(model, managerGate, money, Optional.empty());
    }

    /** @param openNext shows the opening screen of the next session; offered once this session is closed */
    public ClosingView(ClosingViewModel model, Consumer<Runnable> managerGate, Function<BigDecimal, String> money,
                       Optional<Runnable> openNext) {
        super(10);
        setId("closing-view");
        getStyleClass().add("closing-view");
        Texts texts = model.texts();
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> texts.get("closing.title",
                model.sessionName().get()), model.sessionName()));
        title.getStyleClass().add("closing-title");
        Label message = new Label();
        message.setId("closing-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        getChildren().addAll(title, expected(model, money), new CashCountView(model.count(), "closing", money, texts),
                note(model), unsent(model, managerGate, money), closeButton(model), message, report(model),
                paper(model));
        openNext.ifPresent(open -> {
            Button next = new Button(texts.get("closing.open.next"));
            next.setId("closing-open-next");
            next.visibleProperty().bind(model.step().isEqualTo(ClosingViewModel.Step.CLOSED));
            next.managedProperty().bind(next.visibleProperty());
            next.setOnAction(e -> open.run());
            getChildren().add(next);
        });
        setStyle("-fx-padding: 16;");
    }

    private static VBox expected(ClosingViewModel model, Function<BigDecimal, String> money) {
        ListView<MethodTotal> list = new ListView<>(model.expected());
        list.setId("closing-expected");
        list.setPrefHeight(110);
        Texts texts = model.texts();
        list.setCellFactory(v -> new TextCell<>(m -> texts.get(m.cash() ? "closing.method.cash" : "closing.method",
                m.name(), money.apply(m.expected()))));
        return new VBox(4, new Label(texts.get("closing.expected.heading")), list);
    }

    private static VBox note(ClosingViewModel model) {
        TextArea note = new TextArea();
        note.setId("closing-note");
        note.setPrefRowCount(2);
        note.textProperty().bindBidirectional(model.note());
        Label label = new Label();
        label.textProperty().bind(Bindings.when(model.noteRequired()).then(model.texts().get("closing.note.required"))
                .otherwise(model.texts().get("closing.note")));
        return new VBox(4, label, note);
    }

    private static VBox unsent(ClosingViewModel model, Consumer<Runnable> managerGate,
                               Function<BigDecimal, String> money) {
        ListView<UnsentOrder> list = new ListView<>(model.unsent());
        list.setId("closing-unsent");
        list.setPrefHeight(100);
        Texts texts = model.texts();
        list.setCellFactory(v -> new TextCell<>(u -> u.lastError().isEmpty()
                ? texts.get("closing.unsent.line", u.uid(), texts.get("state." + u.state().name()),
                        money.apply(u.amount()))
                : texts.get("closing.unsent.line.error", u.uid(), texts.get("state." + u.state().name()),
                        money.apply(u.amount()), u.lastError())));
        Button send = new Button(texts.get("closing.send.now"));
        send.setId("closing-send-now");
        send.setOnAction(e -> model.sendNow());
        Button again = new Button(texts.get("closing.check.again"));
        again.setId("closing-check-again");
        again.setOnAction(e -> model.load());
        TextField reason = new TextField();
        reason.setId("closing-override-reason");
        reason.setPromptText(texts.get("closing.override.prompt"));
        reason.textProperty().bindBidirectional(model.overrideReason());
        Button override = new Button(texts.get("closing.override"));
        override.setId("closing-override");
        override.disableProperty().bind(model.overrideReason().isEmpty().or(model.canClose().not()));
        override.setOnAction(e -> managerGate.accept(model::closeWithOverride));
        // The reason on a line of its own: its prompt is a sentence, a third longer in German than in English.
        VBox box = new VBox(4, new Label(texts.get("closing.unsent.heading")), list, new HBox(8, send, again),
                reason, override);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.unsent()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Button closeButton(ClosingViewModel model) {
        Button close = new Button(model.texts().get("closing.confirm"));
        close.setId("closing-confirm");
        close.setDefaultButton(true);
        close.disableProperty().bind(model.canClose().not());
        close.setOnAction(e -> model.close());
        return close;
    }

    private static ScrollPane report(ClosingViewModel model) {
        TextArea text = new TextArea();
        text.setId("closing-report");
        text.setEditable(false);
        text.setPrefRowCount(12);
        text.setStyle("-fx-font-family: monospace;");
        text.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.report()),
                model.report()));
        ScrollPane pane = new ScrollPane(text);
        pane.setFitToWidth(true);
        pane.visibleProperty().bind(Bindings.isNotEmpty(model.report()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** Once closed, with a printer: whether the Z report is printing, and "Print again" for a copy. */
    private static HBox paper(ClosingViewModel model) {
        Label said = new Label();
        said.setId("closing-report-paper");
        said.setWrapText(true);
        said.textProperty().bind(model.paperMessage());
        Button again = new Button(model.texts().get("closing.report.print.again"));
        again.setId("closing-report-print-again");
        again.setOnAction(e -> model.printAgain());
        HBox box = new HBox(8, again, said);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.report()).and(
                Bindings.createBooleanBinding(model::printing)));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A list cell that shows an item as one line of text. */
    private static final class TextCell<T> extends javafx.scene.control.ListCell<T> {
        private final Function<T, String> words;

        TextCell(Function<T, String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words.apply(item));
        }
    }

    /** The money format of {@link ZReport} for a currency the caller does not format. */
    public static String plainMoney(BigDecimal amount) {
        return Optional.ofNullable(amount).map(ZReport::money).orElse("");
    }
}
