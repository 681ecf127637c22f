package till.sell;

import java.util.Locale;
import javafx.scene.layout.Region;

/**
 * Grows the selling screen's root font with its size, so that the style sheet's em sizes (fonts, the order panel,
 * the tiles) use a large screen instead of leaving it empty (decision 0243): 15 px up to 1024×768, then as the smaller
 * of the two ratios to 1024×768 says, up to 1.6 times. FX thread only.
 */
final class ScreenScale {

    static final double BASE_FONT = 15;
    static final double BASE_WIDTH = 1024;
    static final double BASE_HEIGHT = 768;
    /** Past this, text would only grow, not show more: a 4K screen still has a readable till. */
    static final double LARGEST = 1.6;

    private ScreenScale() {
    }

    /** How much larger than at 1024×768 a screen of this size draws the till; 1 for smaller ones. */
    static double factor(double width, double height) {
        double ratio = Math.min(width / BASE_WIDTH, height / BASE_HEIGHT);
        return Math.max(1, Math.min(LARGEST, ratio));
    }

    /** The root font for a screen of this size, in half pixels: a window dragged wider does not restyle per pixel. */
    static double fontSize(double width, double height) {
        return Math.round(BASE_FONT * factor(width, height) * 2) / 2.0;
    }

    /** Keeps {@code root}'s font (inline, above the style sheet's 15 px) in step with its size. */
    static void install(Region root) {
        Runnable apply = () -> {
            if (root.getWidth() > 0 && root.getHeight() > 0) {
                String style = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                        fontSize(root.getWidth(), root.getHeight()));
                if (!style.equals(root.getStyle())) {
                    root.setStyle(style);
                }
            }
        };
        root.widthProperty().addListener((obs, old, now) -> apply.run());
        root.heightProperty().addListener((obs, old, now) -> apply.run());
    }
}
