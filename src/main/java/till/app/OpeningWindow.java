package till.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import till.closing.OpeningView;
import till.i18n.Texts;

/**
 * The opening screen in its own window over the till, modal to it: no order is paid while the session changes. Once
 * the server opened the session, the window stays until the register sells on it, then closes. FX thread only.
 */
final class OpeningWindow {

    private OpeningWindow() {
    }

    /** Shows the opening screen of the next session over {@code owner}; nothing when no server can open one. */
    static void show(Window owner, TillScreen screen) {
        SessionOpenings openings = screen.openings();
        Stage stage = new Stage();
        openings.model(Platform::runLater, sessionId -> openings.sellOn(sessionId, Platform::runLater,
                stage::close), screen.locale()).ifPresent(model -> {
                    stage.initOwner(owner);
                    stage.initModality(Modality.WINDOW_MODAL);
                    stage.setTitle(Texts.of("till.app.texts", screen.locale()).get("window.opening"));
                    stage.setScene(new Scene(new OpeningView(model, screen.money()::format), 620, 640));
                    stage.show();
                    model.load();
                });
    }
}
