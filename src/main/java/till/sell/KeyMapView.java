package till.sell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The key map, laid over the till screen on F1 or {@code ?}: every action a cashier can do from the keyboard and
 * scanner, one row per key. Esc, F1 or Close hides it. FX thread only.
 */
final class KeyMapView extends StackPane {

    /** The rows, in the order a sale goes; each has {@code keymap.<row>.keys} and {@code keymap.<row>.action}. */
    static final List<String> ROWS = List.of("help", "scan", "digits", "modes", "lines", "backspace", "delete",
            "search", "customer", "history", "newOrder", "pay", "methods", "validate", "receipt", "escape");

    KeyMapView(BooleanProperty open, Messages messages) {
        setId("key-map");
        getStyleClass().add("overlay");
        visibleProperty().bind(open);

        Label title = new Label(messages.get("keymap.title"), new FontIcon("mdi2k-keyboard-outline"));
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("key-map-grid");
        int row = 0;
        for (String name : ROWS) {
            Label keys = new Label(messages.get("keymap." + name + ".keys"));
            keys.getStyleClass().add("key-cap");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(messages.get("keymap." + name + ".action"));
            action.setWrapText(true);
            grid.addRow(row++, keys, action);
        }
        Button close = new Button(messages.get("keymap.close"), new FontIcon("mdi2c-close"));
        close.setId("key-map-close");
        close.setOnAction(e -> open.set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(spacer, close);
        actions.getStyleClass().add("action-bar");

        VBox card = new VBox(title, grid, actions);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(760, Region.USE_PREF_SIZE);
        getChildren().add(card);
    }
}
