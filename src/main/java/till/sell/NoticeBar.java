package till.sell;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The cashier's message banner, under the top bar where it covers none of Back, Validate or Pay. A hint fades by
 * itself; an error stays until the cashier taps OK (or presses Esc), so a refusal seen late is still there. FX
 * thread only.
 */
final class NoticeBar extends HBox {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final Label text = new Label();
    private final Button ok;
    private final SequentialTransition fade;

    NoticeBar(Messages messages) {
        setId("notice-bar");
        getStyleClass().add("notice-bar");
        setVisible(false);
        setPickOnBounds(false);
        text.setId("notice");
        text.getStyleClass().add("notice");
        text.setWrapText(true);
        text.setMouseTransparent(true);
        ok = new Button(messages.get("notice.ok"));
        ok.setId("notice-ok");
        ok.setFocusTraversable(false);
        ok.setOnAction(e -> dismiss());
        ok.managedProperty().bind(ok.visibleProperty());
        getChildren().addAll(text, ok);
        FadeTransition out = new FadeTransition(Duration.millis(600), this);
        out.setFromValue(1);
        out.setToValue(0);
        fade = new SequentialTransition(new PauseTransition(Duration.seconds(3)), out);
        fade.setOnFinished(e -> dismiss());
    }

    /** Shows the message, replacing any shown one: an error until acknowledged, a hint for a few seconds. */
    void show(Message message) {
        fade.stop();
        text.setText(message.text());
        pseudoClassStateChanged(ERROR, message.error());
        ok.setVisible(message.error());
        setOpacity(1);
        setVisible(true);
        text.setVisible(true);
        if (!message.error()) {
            fade.playFromStart();
        }
    }

    /** Hides the message (OK, Esc). */
    void dismiss() {
        fade.stop();
        setVisible(false);
        text.setVisible(false);
    }
}
