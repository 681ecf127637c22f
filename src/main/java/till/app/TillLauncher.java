package till.app;

import java.util.List;
import javafx.application.Application;
import till.cli.CommandContext;

/** Starts the JavaFX till and blocks until its window closes. Call from the main thread only. */
final class TillLauncher {

    private TillLauncher() {
    }

    static int launch(CommandContext context, List<String> guiOptions) {
        TillApp.prepare(context, guiOptions);
        Application.launch(TillApp.class);
        return TillApp.exitCode();
    }
}
