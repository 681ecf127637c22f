package till.sell;

import java.awt.Toolkit;

/**
 * A short sound for a problem the cashier may not be looking at (an unknown barcode while their eyes are on the
 * scanner). A seam, so tests count beeps instead of hearing them. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Beeper {

    /** The system's beep; silent where there is no sound (a headless machine). */
    Beeper SYSTEM = () -> {
        try {
            Toolkit.getDefaultToolkit().beep();
        } catch (RuntimeException | Error headless) {
            // No sound device or a headless toolkit: the red banner still says it.
        }
    };

    void beep();
}
