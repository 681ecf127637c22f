package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.fx.Async;
import till.fx.IoThread;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.settings.SetupScreen;
import till.store.TillStore;

/** The setup screen against a real demo server on loopback, saving into a real store in a temp dir. */
@ExtendWith(ApplicationExtension.class)
class SetupScreenTest {

    @TempDir
    Path dataDir;
    private final IoThread io = new IoThread("setup-test-io");
    private DemoServer server;
    private TillStore store;

    @Start
    void start(Stage stage) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withHold(Duration.ofMillis(300)));
        store = TillStore.open(dataDir, Clock.systemUTC());
        SetupScreen setup = new SetupScreen(new ServerSetup(dataDir, store), new Async(io.executor(),
                Platform::runLater));
        StackPane root = new StackPane(setup.button(), setup.panel());
        root.getStylesheets().addAll(getClass().getResource("/till/sell/till.css").toExternalForm(),
                till.status.StatusViews.STYLESHEET);
        root.getStyleClass().add("till");
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        io.close();
        store.close();
        server.close();
    }

    private static void awaitFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#setup-message").<Labeled>query().getText();
    }

    private void fillServerAndDatabase(FxRobot robot) throws Exception {
        robot.clickOn("#settings");
        robot.clickOn("#setup-server").write(server.url().toString());
        robot.clickOn("#setup-list-databases");
        awaitFx(() -> message(robot).equals("Choose the database."));
    }

    @Test
    void theAdminPicksTheDatabaseAndThePosFromTheServerAndSaves(FxRobot robot) throws Exception {
        fillServerAndDatabase(robot);
        robot.clickOn("#setup-login").write(DemoServer.LOGIN);
        robot.clickOn("#setup-password").write(DemoServer.PASSWORD);
        robot.clickOn("#setup-log-in");
        awaitFx(() -> message(robot).equals("Choose the POS."));

        robot.clickOn("#setup-save");

        awaitFx(() -> message(robot).startsWith("Connected to Odoo"));
        assertThat(message(robot)).contains("POS \"Shop\"", "products cached", "Restart the till");
        Screenshots.write(robot.lookup("#setup-panel").query(), "setup.png");
        assertThat(new ConfigFile(dataDir).read().database()).isEqualTo(server.database());
        assertThat(new PasswordFile(dataDir).read()).contains(DemoServer.PASSWORD);
        assertThat(store.catalogCache().load()).hasValueSatisfying(c -> assertThat(c.settings().demo()).isFalse());
    }

    @Test
    void theDatabaseChoiceAndItsItemsAreBigEnoughForAFinger(FxRobot robot) throws Exception {
        fillServerAndDatabase(robot);

        assertThat(TouchTargets.smallerSides(robot, "#setup-database")).allMatch(side -> side >= TouchTargets.SMALLEST)
                .isNotEmpty();
        robot.clickOn("#setup-database .arrow-button");
        awaitFx(() -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        assertThat(TouchTargets.smallerSides(robot, ".combo-box-popup .list-cell"))
                .allMatch(side -> side >= TouchTargets.SMALLEST).isNotEmpty();
    }

    @Test
    void aWrongPasswordIsSaidInWordsAndNothingIsSaved(FxRobot robot) throws Exception {
        fillServerAndDatabase(robot);
        robot.clickOn("#setup-login").write(DemoServer.LOGIN);
        robot.clickOn("#setup-password").write("wrong");
        robot.clickOn("#setup-log-in");

        // Said next to the field it concerns, which is marked (decision 0245).
        awaitFx(() -> !text(robot, "#setup-password-error").isEmpty());
        assertThat(text(robot, "#setup-password-error")).containsIgnoringCase("password");
        assertThat(robot.lookup("#setup-password").query().getStyleClass()).contains("field-error");
        assertThat(message(robot)).isEmpty();
        robot.clickOn("#setup-save");
        assertThat(text(robot, "#setup-pos-config-error")).startsWith("Choose a POS configuration first");
        assertThat(new ConfigFile(dataDir).exists()).isFalse();
    }

    @Test
    void anAddressThatIsNoWebAddressIsSaidInRedUnderTheServerField(FxRobot robot) throws Exception {
        robot.clickOn("#settings");
        robot.clickOn("#setup-server").write("odoo shop");
        robot.clickOn("#setup-list-databases");

        awaitFx(() -> !text(robot, "#setup-server-error").isEmpty());
        assertThat(text(robot, "#setup-server-error")).contains("is not a web address");
        assertThat(robot.lookup("#setup-server-error").query().getStyleClass()).contains("setup-field-error");
        assertThat(robot.lookup("#setup-server").query().getStyleClass()).contains("field-error");
        assertThat(message(robot)).isEmpty();
        assertThat(robot.lookup("#setup-password-error").query().isVisible()).isFalse();
    }

    @Test
    void aHostAndPortWithoutSchemeIsCompletedToHttps(FxRobot robot) throws Exception {
        robot.clickOn("#settings");
        robot.clickOn("#setup-server").write("shop.example:8069");
        robot.clickOn("#setup-list-databases");

        assertThat(robot.lookup("#setup-server").<javafx.scene.control.TextField>query().getText())
                .isEqualTo("https://shop.example:8069");
        // The name does not exist: the failure is said next to the server field, not as an unusable address.
        awaitFx(() -> !text(robot, "#setup-server-error").isEmpty());
        assertThat(text(robot, "#setup-server-error")).doesNotContain("is not a web address");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).<Labeled>query().getText();
    }
}
