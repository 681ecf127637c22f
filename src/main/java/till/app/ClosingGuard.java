package till.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import till.status.ExportChooser;

/**
 * Asks before the till closes with paid orders that have not reached the server: they stay saved and are sent at the
 * next start, but the cashier may want them in a file first. FX thread only.
 */
final class ClosingGuard {

    private static final ButtonType EXPORT = new ButtonType("Export, then close", ButtonBar.ButtonData.OTHER);
    private static final ButtonType CLOSE = new ButtonType("Close anyway", ButtonBar.ButtonData.OK_DONE);

    private final TillScreen screen;
    private final Stage stage;

    ClosingGuard(TillScreen screen, Stage stage) {
        this.screen = screen;
        this.stage = stage;
    }

    /** Whether the window may close now; false when the cashier cancelled or an export runs first. */
    boolean mayClose() {
        int unsent = screen.unsentOrders();
        if (unsent == 0) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, unsent + (unsent == 1 ? " paid order has" : " paid orders have")
                + " not reached the server yet. They stay saved on this till and are sent when it starts again.",
                EXPORT, CLOSE, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Till");
        alert.setHeaderText("Orders still wait to be sent");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == CLOSE) {
            return true;
        }
        Optional<Path> file = ExportChooser.fileChooser().choose(stage);
        file.ifPresent(f -> screen.exportUnsent(f, Platform::runLater, failure -> {
            if (failure == null) {
                stage.close();
                Platform.exit();
            } else {
                new Alert(Alert.AlertType.ERROR, "The export failed: " + failure.getMessage()).show();
            }
        }));
        return false;
    }
}
