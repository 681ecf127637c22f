package till.closing;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import till.i18n.Texts;

/**
 * The opening screen, read top to bottom: the session to open, the cash count (the closing screen's
 * {@link CashCountView}) against the cash the server expects, the note, the open button and the message line. Built
 * in code over an {@link OpeningViewModel}, in the model's language. FX thread only.
 */
public final class OpeningView extends VBox {

    /** @param money how an amount is written (the currency's format) */
    public OpeningView(OpeningViewModel model, Function<BigDecimal, String> money) {
        super(10);
        setId("opening-view");
        Texts texts = model.texts();
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> texts.get("opening.title",
                model.sessionName().get()), model.sessionName()));
        title.getStyleClass().add("closing-title");
        TextArea note = new TextArea();
        note.setId("opening-note");
        note.setPrefRowCount(2);
        note.textProperty().bindBidirectional(model.note());
        Label noteLabel = new Label();
        noteLabel.textProperty().bind(Bindings.when(model.count().noteRequired())
                .then(texts.get("closing.note.required")).otherwise(texts.get("closing.note")));
        Button open = new Button(texts.get("opening.confirm"));
        open.setId("opening-confirm");
        open.setDefaultButton(true);
        open.disableProperty().bind(model.canOpen().not());
        open.setOnAction(e -> model.open());
        Label message = new Label();
        message.setId("opening-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        getChildren().addAll(title, new CashCountView(model.count(), "opening", money, texts),
                new VBox(4, noteLabel, note), open, message);
        setStyle("-fx-padding: 16;");
    }
}
