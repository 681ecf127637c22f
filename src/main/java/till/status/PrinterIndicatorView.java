package till.status;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The printer indicator beside the two icons: a printer icon and short words, its look a pseudo-class of
 * {@link PrinterViewModel.Look} ({@code :ready}, {@code :printing}, {@code :offline}, {@code :attention},
 * {@code :error}; the colours are in the stylesheet), the cause in its tooltip; a click tries again (or shows the
 * demo printer's last receipt). FX thread only.
 */
final class PrinterIndicatorView extends Button {

    PrinterIndicatorView(PrinterViewModel model) {
        setId("printer-indicator");
        getStyleClass().add("printer-indicator");
        setGraphic(new FontIcon("mdi2p-printer"));
        setFocusTraversable(false);
        textProperty().bind(model.words());
        Tooltip tooltip = new Tooltip();
        tooltip.setId("printer-tooltip");
        tooltip.textProperty().bind(model.explanation());
        setTooltip(tooltip);
        setOnAction(e -> model.click());
        pseudoClassStateChanged(PseudoClass.getPseudoClass("demo"), model.demo());
        model.look().addListener((obs, old, now) -> show(now));
        show(model.look().get());
    }

    static PseudoClass pseudoClass(PrinterViewModel.Look look) {
        return PseudoClass.getPseudoClass(look.name().toLowerCase(Locale.ROOT));
    }

    private void show(PrinterViewModel.Look now) {
        for (PrinterViewModel.Look each : PrinterViewModel.Look.values()) {
            pseudoClassStateChanged(pseudoClass(each), each == now);
        }
    }
}
