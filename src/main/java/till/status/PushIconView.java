package till.status;

import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.RotateTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import till.push.ConnectionState;

/**
 * The longpolling icon: {@code mdi2l-lan-connect} (green, orange), {@code mdi2l-lan-disconnect} (red, stopped) or a
 * turning {@code mdi2s-sync} (rotating). Style class {@code push-icon} plus one of {@code push-green},
 * {@code push-orange}, {@code push-red}, {@code push-rotating}, {@code push-stopped}; the colours are in the
 * stylesheet. FX thread only.
 */
final class PushIconView extends Button {

    private final FontIcon icon = new FontIcon("mdi2l-lan-disconnect");
    private final RotateTransition turning = new RotateTransition(Duration.seconds(1), icon);

    PushIconView(PushViewModel model) {
        setGraphic(icon);
        setId("push-icon");
        getStyleClass().add("push-icon");
        setFocusTraversable(false);
        turning.setByAngle(360);
        turning.setCycleCount(Animation.INDEFINITE);
        turning.setInterpolator(Interpolator.LINEAR);
        Tooltip tooltip = new Tooltip();
        tooltip.setId("push-tooltip");
        tooltip.textProperty().bind(model.explanation());
        setTooltip(tooltip);
        setOnAction(e -> model.click());
        model.state().addListener((obs, old, now) -> show(now));
        show(model.state().get());
    }

    /** The style class for a state: {@code push-} and its lower-case name. */
    static String styleClass(ConnectionState state) {
        return "push-" + state.name().toLowerCase(Locale.ROOT);
    }

    private void show(ConnectionState state) {
        for (ConnectionState each : ConnectionState.values()) {
            getStyleClass().remove(styleClass(each));
        }
        getStyleClass().add(styleClass(state));
        icon.setIconLiteral(switch (state) {
            case GREEN, ORANGE -> "mdi2l-lan-connect";
            case RED, STOPPED -> "mdi2l-lan-disconnect";
            case ROTATING -> "mdi2s-sync";
        });
        if (state == ConnectionState.ROTATING) {
            turning.play();
        } else {
            turning.stop();
            icon.setRotate(0);
        }
    }

    /** Whether the icon is turning (for tests: the animation is the rotating look). */
    boolean turning() {
        return turning.getStatus() == Animation.Status.RUNNING;
    }
}
