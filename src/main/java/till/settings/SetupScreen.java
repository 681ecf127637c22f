package till.settings;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import till.fx.Async;

/**
 * The settings button for the top bar and the setup screen it opens, built together. FX thread only.
 */
public final class SetupScreen {

    private final SetupViewModel model;
    private final Button button;
    private final SetupView panel;
    private final PrinterSetupViewModel printer;

    /** @param async runs the checks on an I/O thread and applies the results on the FX thread */
    public SetupScreen(SetupService service, Async async) {
        this(service, async, Runnable::run);
    }

    /**
     * @param async runs the checks on an I/O thread and applies the results on the FX thread
     * @param gate  runs the opening of the screen when it may happen (e.g. after the manager PIN), or never
     */
    public SetupScreen(SetupService service, Async async, Consumer<Runnable> gate) {
        this(service, null, async, gate);
    }

    /**
     * With a printer section under the connection's settings.
     *
     * @param printers the printer of {@code till.properties}; null: no printer section
     */
    public SetupScreen(SetupService service, PrinterService printers, Async async, Consumer<Runnable> gate) {
        this(service, printers, async, gate, Locale.ENGLISH);
    }

    /**
     * In the till's language.
     *
     * @param printers the printer of {@code till.properties}; null: no printer section
     * @param locale   the till's language
     */
    public SetupScreen(SetupService service, PrinterService printers, Async async, Consumer<Runnable> gate,
                       Locale locale) {
        model = new SetupViewModel(service, async, locale);
        printer = printers == null ? null : new PrinterSetupViewModel(printers, async, locale);
        button = new Button("", new FontIcon("mdi2c-cog-outline"));
        button.setId("settings");
        button.getStyleClass().add("settings-button");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(model.words().get("setup.button.tooltip")));
        button.setOnAction(e -> gate.accept(this::open));
        panel = new SetupView(model, printer == null ? null : new PrinterSetupView(printer));
    }

    private void open() {
        if (printer != null) {
            printer.load();
        }
        model.open();
    }

    /** What the window shows while the till restarts after a save, in the till's language {@code locale}. */
    public static String restartingWords(Locale locale) {
        return new ServiceWords(locale).get("setup.restarting");
    }

    public Node button() {
        return button;
    }

    public Node panel() {
        return panel;
    }

    public SetupViewModel model() {
        return model;
    }
}
