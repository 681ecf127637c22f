package till.app;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import till.cli.CommandContext;

/**
 * The JavaFX application: the composition root of the GUI. FX thread only, except {@link #prepare}, which the
 * launcher calls before the toolkit starts ({@code Application.launch} gives no other way to pass arguments).
 */
public final class TillApp extends Application {

    private static volatile CommandContext context;
    private static volatile int exitCode;

    static void prepare(CommandContext commandContext, List<String> options) {
        context = commandContext;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Till");
        stage.setScene(new Scene(new Label("Till " + Version.current() + " - " + context.dataDir()), 1024, 768));
        stage.show();
    }
}
