package till.kiosk;

import till.pin.PinCheck;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import till.fx.Async;

/**
 * Asks for the manager PIN before one action (closing the till, leaving kiosk mode, the settings). The PIN is checked
 * on the I/O executor while the dialog stays open; a wrong PIN is said and the field cleared; only the right one runs
 * the action. Never blocks the FX thread (the dialog is shown with {@code show}, not {@code showAndWait}). FX thread
 * only.
 */
public final class PinDialog {

    /** The longest PIN: the field takes no more digits. */
    private static final int MOST_DIGITS = 12;

    private final PinCheck check;
    private final Async async;
    /** The dialog on screen, so that a second close request (Alt+F4 pressed again) does not stack another. */
    private Dialog<ButtonType> open;

    /** @param async checks on the I/O executor and answers on the FX thread */
    public PinDialog(PinCheck check, Async async) {
        this.check = check;
        this.async = async;
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
        dialog.setHeaderText(action + ": manager PIN");
        PasswordField pin = new PasswordField();
        pin.setId("manager-pin");
        pin.setPromptText("PIN");
        // Digits only, and not more than a PIN can have: anything else cannot be a PIN and is not typed.
        pin.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().matches("\\d{0,"
                + MOST_DIGITS + "}") ? change : null));
        Label message = new Label();
        message.setId("manager-pin-message");
        message.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, pin, message));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("manager-pin-dialog");
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("manager-pin-ok");
        ok.disableProperty().bind(pin.textProperty().isEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog stays open while the hash is checked off the FX thread.
            e.consume();
            check(dialog, pin, message, accepted);
        });
        dialog.setOnShown(e -> pin.requestFocus());
        dialog.show();
    }

    private void check(Dialog<ButtonType> dialog, PasswordField pin, Label message, Runnable accepted) {
        String typed = pin.getText();
        pin.clear();
        pin.setDisable(true);
        message.setText("Checking\u2026");
        async.run(() -> check.check(typed), answer -> {
            pin.setDisable(false);
            if (!dialog.isShowing()) {
                // Cancelled while the PIN was checked: the person changed their mind, whatever the answer.
                return;
            }
            if (answer.accepted()) {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                accepted.run();
            } else {
                message.setText(answer.words());
                pin.requestFocus();
            }
        }, failure -> {
            pin.setDisable(false);
            message.setText("The PIN cannot be checked: " + failure.getMessage());
        });
    }
}
