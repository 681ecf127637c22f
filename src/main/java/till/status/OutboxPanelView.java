package till.status;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.i18n.Texts;
import till.outbox.OutboxEntry;

/**
 * The outbox panel, laid over the selling screen like the customer chooser: the order sender's internal error if it
 * has one, one row per unsent order (reference, time, amount, attempts, last error) with retry, then retry all,
 * export and close. FX thread only.
 */
final class OutboxPanelView extends StackPane {

    OutboxPanelView(OutboxPanelViewModel model, StatusWords words, ExportChooser chooser) {
        setId("outbox-panel");
        getStyleClass().add("overlay");
        visibleProperty().bind(model.isOpen());
        Texts texts = words.texts();

        Label title = new Label(texts.get("outbox.title"));
        title.getStyleClass().add("section-title");
        Label problem = new Label();
        problem.setId("outbox-problem");
        problem.getStyleClass().add("outbox-problem");
        problem.textProperty().bind(model.problem());
        problem.setWrapText(true);
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        ListView<OutboxEntry> list = new ListView<>(model.rows());
        list.setId("outbox-rows");
        list.setPlaceholder(new Label(texts.get("wifi.allSent")));
        list.setCellFactory(v -> new EntryCell(model, words));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.setId("outbox-message");
        message.getStyleClass().add("outbox-message");
        message.textProperty().bind(model.message());
        message.setWrapText(true);

        Button retryAll = new Button(texts.get("outbox.retryAll"), new FontIcon("mdi2r-refresh"));
        retryAll.setId("outbox-retry-all");
        retryAll.setOnAction(e -> model.retryAll());
        Button export = new Button(texts.get("outbox.export"), new FontIcon("mdi2f-file-export-outline"));
        export.setId("outbox-export");
        export.setOnAction(e -> chooser.choose(getScene().getWindow()).ifPresent(model::export));
        Button close = new Button(texts.get("panel.close"), new FontIcon("mdi2c-close"));
        close.setId("outbox-close");
        close.setOnAction(e -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(retryAll, export, spacer, close);
        actions.getStyleClass().add("action-bar");

        VBox card = new VBox(title, problem, list, message, actions);
        card.getStyleClass().addAll("overlay-card", "outbox-card");
        card.setMaxSize(760, 600);
        getChildren().add(card);
    }

    /** One order: reference, time, amount, attempts and state, the last error in words, and "retry this one". */
    private static final class EntryCell extends ListCell<OutboxEntry> {

        private final OutboxPanelViewModel model;
        private final StatusWords words;

        EntryCell(OutboxPanelViewModel model, StatusWords words) {
            this.model = model;
            this.words = words;
            getStyleClass().add("outbox-row");
        }

        @Override
        protected void updateItem(OutboxEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("outbox-row-" + entry.uid());
            Label reference = new Label(entry.name());
            reference.getStyleClass().add("outbox-reference");
            Label facts = new Label(words.facts(entry));
            Label error = new Label(words.row(entry));
            error.getStyleClass().add("outbox-error");
            error.setWrapText(true);
            Button retry = new Button(words.texts().get("outbox.retry"), new FontIcon("mdi2s-send"));
            retry.getStyleClass().add("outbox-retry");
            retry.setOnAction(e -> model.retry(entry));
            VBox text = new VBox(new HBox(12, reference, facts), error);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, text, retry);
            row.setMaxWidth(700);
            setGraphic(row);
        }
    }
}
