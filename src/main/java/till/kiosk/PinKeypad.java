package till.kiosk;

import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;
import till.i18n.Texts;

/**
 * The PIN dialog's on-screen keypad: digits 1-9 and 0, Clear and a backspace, each a big key that types into the PIN
 * field, so a touch-only kiosk can be closed without a keyboard. Its keys never take the focus: typed keys keep going
 * to the field. FX thread only.
 */
final class PinKeypad extends GridPane {

    private static final int COLUMNS = 3;

    /** @param field the PIN field the keys type into; its own filter still refuses what cannot be a PIN */
    PinKeypad(TextInputControl field, Texts texts) {
        setId("manager-pin-keypad");
        getStyleClass().add("pin-keypad");
        for (int digit = 1; digit <= 9; digit++) {
            add(digitKey(field, digit), (digit - 1) % COLUMNS, (digit - 1) / COLUMNS);
        }
        Button clear = key("manager-pin-clear", texts.get("pin.clear"));
        clear.setOnAction(e -> field.clear());
        Button back = key("manager-pin-backspace", "");
        back.setGraphic(new FontIcon("mdi2b-backspace-outline"));
        back.setAccessibleText(texts.get("pin.backspace"));
        back.setOnAction(e -> {
            int length = field.getLength();
            if (length > 0) {
                field.deleteText(length - 1, length);
            }
        });
        add(clear, 0, 3);
        add(digitKey(field, 0), 1, 3);
        add(back, 2, 3);
        // While the PIN is checked the field is off, and so are the keys.
        disableProperty().bind(field.disabledProperty());
    }

    private static Button digitKey(TextInputControl field, int digit) {
        Button key = key("manager-pin-digit-" + digit, Integer.toString(digit));
        key.setOnAction(e -> field.appendText(Integer.toString(digit)));
        return key;
    }

    private static Button key(String id, String text) {
        Button key = new Button(text);
        key.setId(id);
        key.getStyleClass().add("pin-key");
        key.setFocusTraversable(false);
        key.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return key;
    }
}
