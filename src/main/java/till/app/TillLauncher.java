package till.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import till.cli.CommandContext;
import till.setup.ConfigException;
import till.setup.ConfigFile;
import till.setup.KioskConfig;
import till.pin.ManagerPinFile;

/** Starts the JavaFX till and blocks until its window closes. Call from the main thread only. */
final class TillLauncher {

    /** The exit code of a till that refused to start because of its configuration. */
    static final int CONFIGURATION_ERROR = 3;

    private TillLauncher() {
    }

    static int launch(CommandContext context, List<String> guiOptions) {
        KioskConfig kiosk;
        try {
            kiosk = kiosk(context.dataDir(), guiOptions.contains(GuiOptions.KIOSK));
        } catch (ConfigException e) {
            context.err().println("till: " + e.getMessage());
            return CONFIGURATION_ERROR;
        }
        TillApp.prepare(context, kiosk);
        Application.launch(TillApp.class);
        return TillApp.exitCode();
    }

    /**
     * The kiosk settings of this start: {@code till.properties}, turned on by {@code --kiosk}. Kiosk mode without a
     * usable manager PIN is refused: nobody could close the till.
     */
    static KioskConfig kiosk(Path dataDir, boolean kioskOption) throws ConfigException {
        KioskConfig config = new ConfigFile(dataDir).readKiosk();
        if (kioskOption) {
            config = config.on();
        }
        if (config.enabled() && new ManagerPinFile(dataDir).read().isEmpty()) {
            throw new ConfigException("Kiosk mode needs a manager PIN and " + dataDir + " has none: set one with"
                    + " till manager-pin --pin-file FILE (a file holding 4 to 12 digits), then start again.");
        }
        return config;
    }
}
