package till.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import till.status.ExportChooser;

/**
 * Asks before the till closes with paid orders that have not reached the server: they stay saved and are sent at the
 * next start, but the cashier may want them in a file first. Never blocks the FX thread (the warning is shown with
 * {@code show}). FX thread only.
 */
final class ClosingGuard {

    private static final ButtonType EXPORT = new ButtonType("Export, then close", ButtonBar.ButtonData.OTHER);
    private static final ButtonType CLOSE = new ButtonType("Close anyway", ButtonBar.ButtonData.OK_DONE);

    private final TillScreen screen;
    private final ExportChooser chooser;
    /** The warning on screen, so that a second close request does not stack another. */
    private Alert open;

    ClosingGuard(TillScreen screen, ExportChooser chooser) {
        this.screen = screen;
        this.chooser = chooser;
    }

    /** Runs {@code close} at once when no paid order waits; else asks first: export then close, close, or cancel. */
    void close(Window owner, Runnable close) {
        if (open != null && open.isShowing()) {
            return;
        }
        int unsent = screen.unsentOrders();
        if (unsent == 0) {
            close.run();
            return;
        }
        String orders = unsent + (unsent == 1 ? " paid order has" : " paid orders have");
        Alert alert = new Alert(Alert.AlertType.WARNING, orders + " not reached the server yet. They stay saved on"
                + " this till and are sent when it starts again.", EXPORT, CLOSE, ButtonType.CANCEL);
        open = alert;
        alert.initOwner(owner);
        alert.setTitle("Till");
        alert.setHeaderText("Orders still wait to be sent");
        alert.getDialogPane().setId("closing-warning");
        alert.getDialogPane().lookupButton(EXPORT).setId("closing-export");
        alert.getDialogPane().lookupButton(CLOSE).setId("closing-close");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("closing-cancel");
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            if (answer == CLOSE) {
                close.run();
            } else if (answer == EXPORT) {
                export(owner, close);
            }
        });
        alert.show();
    }

    private void export(Window owner, Runnable close) {
        Optional<Path> file = chooser.choose(owner);
        file.ifPresent(f -> screen.exportUnsent(f, Platform::runLater, failure -> {
            if (failure == null) {
                close.run();
            } else {
                Alert error = new Alert(Alert.AlertType.ERROR, "The export failed: " + failure.getMessage());
                error.initOwner(owner);
                error.show();
            }
        }));
    }
}
