package till.kiosk;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a stage the kiosk: no decorations, full screen on the chosen monitor, no exit hint and no key that leaves
 * full screen, and back to full screen if anything takes it out (decision 0102). Close requests are the business of
 * whoever handles them (they need the manager PIN). FX thread only.
 */
public final class KioskStage {

    private static final Logger LOG = LoggerFactory.getLogger(KioskStage.class);

    private final Stage stage;
    private final ChangeListener<Boolean> stayFullScreen;

    private KioskStage(Stage stage) {
        this.stage = stage;
        this.stayFullScreen = (obs, was, now) -> {
            if (!now && stage.isShowing()) {
                LOG.info("the kiosk window left full screen; back to full screen");
                stage.setFullScreen(true);
            }
        };
    }

    /**
     * Turns a stage that was never shown into a kiosk.
     *
     * @param screenNumber the 1-based monitor, or 0 for the primary one
     */
    public static KioskStage apply(Stage stage, int screenNumber) {
        stage.initStyle(StageStyle.UNDECORATED);
        Rectangle2D bounds = chooseScreen(Screen.getScreens(), Screen.getPrimary(), screenNumber).getBounds();
        // Full screen takes the monitor the window is on: put it there first.
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        // Full screen once shown and focused: Monocle (the headless tests) enters full screen on the focused window
        // only, and on a desktop the window already covers the monitor until then.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            stage.requestFocus();
            stage.setFullScreen(true);
        });
        KioskStage kiosk = new KioskStage(stage);
        stage.fullScreenProperty().addListener(kiosk.stayFullScreen);
        return kiosk;
    }

    /** Lets the stage leave full screen (the manager left kiosk mode); the stage stays undecorated. */
    public void release() {
        stage.fullScreenProperty().removeListener(stayFullScreen);
    }

    public Stage stage() {
        return stage;
    }

    /** The monitor numbered {@code number} (1-based), or the primary one when 0 or beyond the monitors present. */
    static Screen chooseScreen(List<Screen> screens, Screen primary, int number) {
        if (number == 0) {
            return primary;
        }
        if (number > screens.size()) {
            LOG.warn("kiosk.screen is {} but this machine has {} monitor(s); using the primary one", number,
                    screens.size());
            return primary;
        }
        return screens.get(number - 1);
    }
}
