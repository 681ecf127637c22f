package till.status;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * export and close. It is as tall as its rows (a line when there are none; a scroll bar only past
 * {@link #MAX_ROWS_HEIGHT}); a row's button keeps the width of its text; Retry all and Export are off while nothing
 * waits (decision 0244). FX thread only.
 */
final class OutboxPanelView extends StackPane {

    /** How tall the rows may grow before they scroll: about six orders with a two-line error each. */
    static final double MAX_ROWS_HEIGHT = 440;

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
        Label empty = new Label(texts.get("wifi.allSent"));
        empty.setId("outbox-empty");
        empty.setWrapText(true);
        VBox rows = new VBox();
        rows.setId("outbox-rows");
        rows.getStyleClass().add("outbox-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("outbox-scroll");
        // As tall as the rows, up to the bound: no empty space below the last order.
        scroll.prefViewportHeightProperty().bind(rows.heightProperty());
        scroll.setMaxHeight(MAX_ROWS_HEIGHT);
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        show(model, words, rows, empty, scroll);
        model.rows().addListener((ListChangeListener<OutboxEntry>) change -> show(model, words, rows, empty, scroll));
        Label message = new Label();
        message.setId("outbox-message");
        message.getStyleClass().add("outbox-message");
        message.textProperty().bind(model.message());
        message.setWrapText(true);
        message.visibleProperty().bind(model.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Button retryAll = new Button(texts.get("outbox.retryAll"), new FontIcon("mdi2r-refresh"));
        retryAll.setId("outbox-retry-all");
        retryAll.setOnAction(e -> model.retryAll());
        retryAll.disableProperty().bind(model.nothingToSend());
        Button export = new Button(texts.get("outbox.export"), new FontIcon("mdi2f-file-export-outline"));
        export.setId("outbox-export");
        export.setOnAction(e -> chooser.choose(getScene().getWindow()).ifPresent(model::export));
        export.disableProperty().bind(model.nothingToSend());
        Button close = new Button(texts.get("panel.close"), new FontIcon("mdi2c-close"));
        close.setId("outbox-close");
        close.setOnAction(e -> model.close());
        for (Button button : new Button[] {retryAll, export, close}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(retryAll, export, spacer, close);
        actions.getStyleClass().add("action-bar");

        VBox card = new VBox(title, problem, empty, scroll, message, actions);
        card.getStyleClass().addAll("overlay-card", "outbox-card");
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
    }

    /** The rows as they are now, or the line that says nothing waits. */
    private static void show(OutboxPanelViewModel model, StatusWords words, VBox rows, Label empty,
                             ScrollPane scroll) {
        rows.getChildren().setAll(model.rows().stream().map(entry -> row(model, words, entry)).toList());
        boolean none = model.rows().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        scroll.setVisible(!none);
        scroll.setManaged(!none);
    }

    /** One order: reference, time, amount, attempts and state, the last error in words, and "retry this one". */
    private static HBox row(OutboxPanelViewModel model, StatusWords words, OutboxEntry entry) {
        Label reference = new Label(entry.name());
        reference.getStyleClass().add("outbox-reference");
        reference.setMinWidth(Region.USE_PREF_SIZE);
        Label facts = new Label(words.facts(entry));
        Label error = new Label(words.row(entry));
        error.getStyleClass().add("outbox-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        Button retry = new Button(words.texts().get("outbox.retry"), new FontIcon("mdi2s-send"));
        retry.getStyleClass().add("outbox-retry");
        // Never cut to "R…": the texts give way, the button keeps its words.
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(e -> model.retry(entry));
        VBox text = new VBox(new HBox(12, reference, facts), error);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text, retry);
        row.setId("outbox-row-" + entry.uid());
        row.getStyleClass().add("outbox-row");
        return row;
    }
}
