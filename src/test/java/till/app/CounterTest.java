package till.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What every counter test holds: its data directory, the stage TestFX gives it, and the till a test opens on that
 * stage ({@link CounterRig}), closed after each test. The counter tests extend it instead of repeating these.
 */
@ExtendWith(ApplicationExtension.class)
abstract class CounterTest {

    @TempDir
    Path dataDir;
    Stage stage;
    CounterRig rig;

    /** The stage TestFX hands an {@code @Start} method (which it looks for on the test class itself, not here). */
    @BeforeEach
    void takeStage() {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
    }

    @AfterEach
    void closeRig() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }
}
