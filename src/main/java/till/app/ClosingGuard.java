package till.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import till.i18n.Texts;
import till.status.ExportChooser;

/**
 * Asks before the till closes with paid orders that have not reached the server: they stay saved and are sent at the
 * next start, but the cashier may want them in a file first. Never blocks the FX thread (the warning is shown with
 * {@code show}); in the till's language. FX thread only.
 */
final class ClosingGuard {

    private final ButtonType export;
    private final ButtonType closeAnyway;
    private final Texts texts;
    private final TillScreen screen;
    private final ExportChooser chooser;
    /** The warning on screen, so that a second close request does not stack another. */
    private Alert open;

    ClosingGuard(TillScreen screen, ExportChooser chooser) {
        this.screen = screen;
        this.chooser = chooser;
        this.texts = Texts.of("till.app.texts", screen.locale());
        this.export = new ButtonType(texts.get("guard.export"), ButtonBar.ButtonData.OTHER);
        this.closeAnyway = new ButtonType(texts.get("guard.close"), ButtonBar.ButtonData.OK_DONE);
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
        String words = unsent == 1 ? texts.get("guard.text.one") : texts.get("guard.text", unsent);
        Alert alert = new Alert(Alert.AlertType.WARNING, words, export, closeAnyway, ButtonType.CANCEL);
        open = alert;
        alert.initOwner(owner);
        alert.setTitle(texts.get("guard.title"));
        alert.setHeaderText(texts.get("guard.header"));
        alert.getDialogPane().setId("closing-warning");
        alert.getDialogPane().lookupButton(export).setId("closing-export");
        alert.getDialogPane().lookupButton(closeAnyway).setId("closing-close");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("closing-cancel");
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            if (answer == closeAnyway) {
                close.run();
            } else if (answer == export) {
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
                Alert error = new Alert(Alert.AlertType.ERROR, texts.get("guard.export.failed",
                        failure.getMessage()));
                error.initOwner(owner);
                error.show();
            }
        }));
    }
}
