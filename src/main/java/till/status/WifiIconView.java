package till.status;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Wi-Fi icon: {@code mdi2w-wifi} when every paid order reached the server, {@code mdi2w-wifi-off} with the count
 * when some wait, {@code mdi2w-wifi-alert} when the order sender failed on an internal error. Style class
 * {@code wifi-icon}, pseudo classes {@code :waiting} and {@code :failed} (both red) and {@code :sending}; the colours
 * are in the stylesheet. FX thread only.
 */
final class WifiIconView extends Button {

    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass SENDING = PseudoClass.getPseudoClass("sending");

    WifiIconView(WifiViewModel model) {
        FontIcon icon = new FontIcon("mdi2w-wifi");
        setGraphic(icon);
        setId("wifi-icon");
        getStyleClass().add("wifi-icon");
        setFocusTraversable(false);
        textProperty().bind(model.count());
        Tooltip tooltip = new Tooltip();
        tooltip.setId("wifi-tooltip");
        tooltip.textProperty().bind(model.tooltip());
        tooltip.setOnShowing(e -> model.refresh());
        setTooltip(tooltip);
        setOnAction(e -> model.click());
        model.waiting().addListener((obs, old, now) -> showRed(icon, model));
        model.failed().addListener((obs, old, now) -> showRed(icon, model));
        model.sending().addListener((obs, old, now) -> pseudoClassStateChanged(SENDING, now));
        showRed(icon, model);
        pseudoClassStateChanged(SENDING, model.sending().get());
    }

    private void showRed(FontIcon icon, WifiViewModel model) {
        boolean waiting = model.waiting().get();
        boolean failed = model.failed().get();
        icon.setIconLiteral(failed ? "mdi2w-wifi-alert" : waiting ? "mdi2w-wifi-off" : "mdi2w-wifi");
        pseudoClassStateChanged(WAITING, waiting);
        pseudoClassStateChanged(FAILED, failed);
    }
}
