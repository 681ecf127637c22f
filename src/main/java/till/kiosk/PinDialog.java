package till.kiosk;

import java.util.Locale;
import till.pin.ManagerPin;
import till.pin.PinCheck;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import till.fx.Async;
import till.i18n.Texts;

/**
 * Asks for the manager PIN before one action (closing the till, leaving kiosk mode, the settings), in the till's
 * language ({@code till/kiosk/texts}). Built for a touch screen (decision 0242): a big PIN field, an on-screen keypad
 * and big OK / Cancel keys; the keyboard works as well (digits, Enter, Escape). The PIN is checked on the I/O executor
 * while the dialog stays open; a wrong PIN is said with the tries left before a wait, and the field cleared; only the
 * right one runs the action. Never blocks the FX thread (the dialog is shown with {@code show}, not
 * {@code showAndWait}). FX thread only.
 */
public final class PinDialog {

    /** The actions the till itself guards with the PIN; their names come from the bundle. */
    public enum Action { SETTINGS, CLOSE_TILL, LEAVE_KIOSK }

    /** The longest PIN: the field takes no more digits. */
    private static final int MOST_DIGITS = 12;
    /** The message wraps at this width rather than widen the dialog across the screen. */
    private static final double MESSAGE_WIDTH = 360;
    /** The dialog's own style sheet: big keys and field, whatever screen it is shown over. */
    private static final String STYLESHEET = PinDialog.class.getResource("pin.css").toExternalForm();
    /** Waits this long and longer are said in minutes. */
    private static final long MINUTES_FROM = 120;

    private final PinCheck check;
    private final Async async;
    private final Texts texts;
    /** Its own buttons, not JavaFX's OK/Cancel: those speak the machine's language, not the till's. */
    private final ButtonType okType;
    private final ButtonType cancelType;
    /** The dialog on screen, so that a second close request (Alt+F4 pressed again) does not stack another. */
    private Dialog<ButtonType> open;

    /** In English; @param async checks on the I/O executor and answers on the FX thread */
    public PinDialog(PinCheck check, Async async) {
        this(check, async, Locale.ENGLISH);
    }

    /**
     * @param async  checks on the I/O executor and answers on the FX thread
     * @param locale the till's language
     */
    public PinDialog(PinCheck check, Async async, Locale locale) {
        this.check = check;
        this.async = async;
        this.texts = Texts.of("till.kiosk.texts", locale);
        this.okType = new ButtonType(texts.get("pin.ok"), ButtonBar.ButtonData.OK_DONE);
        this.cancelType = new ButtonType(texts.get("pin.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Shows the dialog for one of the till's own actions, named in the till's language. */
    public void ask(Window owner, Action action, Runnable accepted) {
        ask(owner, texts.get("pin.action." + action.name()), accepted);
    }

    /** Shows the dialog over {@code owner}; runs {@code accepted} once the right PIN is typed. */
    public void ask(Window owner, String action, Runnable accepted) {
        if (open != null && open.isShowing()) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        open = dialog;
        dialog.initOwner(owner);
        dialog.setTitle("Till");
        dialog.setHeaderText(texts.get("pin.header", action));
        PasswordField pin = new PasswordField();
        pin.setId("manager-pin");
        pin.setPromptText(texts.get("pin.prompt"));
        // Digits only, and not more than a PIN can have: anything else cannot be a PIN and is not typed.
        pin.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,"
                + MOST_DIGITS + "}") ? change : null));
        Label message = new Label();
        message.setId("manager-pin-message");
        message.setWrapText(true);
        // A refusal in a longer language wraps: the label keeps its lines and the dialog grows to show them.
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(MESSAGE_WIDTH);
        message.textProperty().addListener((obs, was, now) -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        Label tries = new Label();
        tries.setId("manager-pin-tries");
        tries.getStyleClass().add("pin-tries");
        tries.setWrapText(true);
        tries.setMinHeight(Region.USE_PREF_SIZE);
        tries.setMaxWidth(MESSAGE_WIDTH);
        tries.managedProperty().bind(tries.textProperty().isNotEmpty());
        tries.visibleProperty().bind(tries.managedProperty());
        message.getStyleClass().add("pin-message");
        VBox content = new VBox(8, pin, message, tries, new PinKeypad(pin, texts));
        content.getStyleClass().add("pin-content");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(okType, cancelType);
        dialog.getDialogPane().setId("manager-pin-dialog");
        dialog.getDialogPane().getStyleClass().add("pin-dialog");
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.setId("manager-pin-ok");
        ok.disableProperty().bind(pin.textProperty().isEmpty());
        Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancel.setId("manager-pin-cancel");
        // A field with a formatter eats Escape (to undo an edit); here Escape means Cancel, as on any dialog.
        pin.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel.fire();
            }
        });
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog stays open while the hash is checked off the FX thread.
            e.consume();
            check(dialog, pin, message, tries, accepted);
        });
        dialog.setOnShown(e -> pin.requestFocus());
        dialog.show();
    }

    private void check(Dialog<ButtonType> dialog, PasswordField pin, Label message, Label tries, Runnable accepted) {
        String typed = pin.getText();
        pin.clear();
        pin.setDisable(true);
        message.setText(texts.get("pin.checking"));
        tries.setText("");
        async.run(() -> check.check(typed), answer -> {
            pin.setDisable(false);
            if (!dialog.isShowing()) {
                // Cancelled while the PIN was checked: the person changed their mind, whatever the answer.
                return;
            }
            if (answer.accepted()) {
                dialog.setResult(okType);
                dialog.close();
                accepted.run();
            } else {
                message.setText(answer.verdict().map(this::refusal).orElse(answer.words()));
                tries.setText(answer.verdict().map(this::triesLeft).orElse(""));
                pin.requestFocus();
            }
        }, failure -> {
            pin.setDisable(false);
            message.setText(texts.get("pin.checkFailed", failure.getMessage()));
        });
    }

    /** How many more wrong PINs are allowed before a wait, after a wrong one; empty when none or unknown. */
    String triesLeft(ManagerPin.Verdict verdict) {
        return verdict.outcome() == ManagerPin.Outcome.WRONG && verdict.triesLeft() > 0
                ? texts.get("pin.triesLeft", verdict.triesLeft()) : "";
    }

    /** Why the PIN was refused, and how long to wait, in the till's language. */
    String refusal(ManagerPin.Verdict verdict) {
        long seconds = verdict.retrySeconds();
        String wait = seconds == 0 ? "" : seconds < MINUTES_FROM ? texts.get("pin.wait.seconds", seconds)
                : texts.get("pin.wait.minutes", (seconds + 59) / 60);
        return switch (verdict.outcome()) {
            case ACCEPTED -> texts.get("pin.accepted");
            case WRONG -> wait.isEmpty() ? texts.get("pin.wrong") : texts.get("pin.wrong") + " " + wait;
            case LOCKED -> wait;
            case NOT_SET -> texts.get("pin.notSet");
        };
    }
}
