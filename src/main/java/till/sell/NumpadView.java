package till.sell;

import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A touch numpad: digits in three columns, a bottom row with {@code +/-} (optional), 0 and the decimal point, and a
 * fourth column for the caller's buttons. Node ids start with the given prefix ({@code numpad-7},
 * {@code numpad-backspace}). FX thread only.
 */
final class NumpadView extends GridPane {

    private final String prefix;

    NumpadView(String prefix, IntConsumer digit, Runnable decimalPoint, Runnable toggleSign) {
        this.prefix = prefix;
        getStyleClass().add("numpad");
        for (int i = 0; i < 4; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(25);
            getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        for (int d = 1; d <= 9; d++) {
            int value = d;
            add(key(String.valueOf(d), "digit-" + d, () -> digit.accept(value)), (d - 1) % 3, (d - 1) / 3);
        }
        if (toggleSign != null) {
            add(key("+/-", "sign", toggleSign), 0, 3);
        }
        add(key("0", "digit-0", () -> digit.accept(0)), 1, 3);
        add(key(".", "point", decimalPoint), 2, 3);
    }

    /** Puts a button in the fourth column, at row 0-3. */
    void side(int row, Node node) {
        add(node, 3, row);
    }

    /** A backspace key with this numpad's id prefix. */
    Button backspace(Runnable action) {
        Button button = key("", "backspace", action);
        button.setGraphic(new FontIcon("mdi2b-backspace-outline"));
        return button;
    }

    Button key(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(prefix + "-" + id);
        button.getStyleClass().add("numpad-key");
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
