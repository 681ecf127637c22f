package till.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the till's window was and how big, and whether it was maximised: kept from one start to the next
 * (decision 0243). The bounds are those of the window when not maximised: un-maximising gives them back.
 * Immutable; {@link #of}, {@link #fitsAScreen} and {@link #applyTo} are for the FX thread.
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximised) {

    /** Smaller than this was no till window: a remembered size below it is not used. */
    static final double SMALLEST_WIDTH = 800;
    static final double SMALLEST_HEIGHT = 600;

    /** The stage's placement now; a maximised stage keeps the bounds it is restored to. FX thread only. */
    static WindowPlacement of(Stage stage, WindowPlacement restored) {
        if (stage.isMaximized() && restored != null) {
            return new WindowPlacement(restored.x, restored.y, restored.width, restored.height, true);
        }
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    /** Whether a window placed so would be usable: big enough, and on a screen that is still there. FX thread only. */
    boolean fitsAScreen() {
        if (!(width >= SMALLEST_WIDTH && height >= SMALLEST_HEIGHT)) {
            return false;
        }
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty();
    }

    /** Puts a stage that was not shown yet where this says. FX thread only. */
    void applyTo(Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximised);
    }
}
