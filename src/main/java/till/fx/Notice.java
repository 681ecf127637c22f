package till.fx;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * A non-blocking message banner: shows a short text, then fades away by itself. Style class {@code notice}, pseudo
 * class {@code :error} for problems. FX thread only.
 */
public final class Notice extends Label {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final SequentialTransition fade;

    public Notice() {
        getStyleClass().add("notice");
        setVisible(false);
        setMouseTransparent(true);
        FadeTransition out = new FadeTransition(Duration.millis(600), this);
        out.setFromValue(1);
        out.setToValue(0);
        fade = new SequentialTransition(new PauseTransition(Duration.seconds(3)), out);
        fade.setOnFinished(e -> setVisible(false));
    }

    /** Shows the text (replacing any shown one) and starts the fade again. */
    public void show(String text, boolean error) {
        fade.stop();
        setText(text);
        pseudoClassStateChanged(ERROR, error);
        setOpacity(1);
        setVisible(true);
        fade.playFromStart();
    }
}
