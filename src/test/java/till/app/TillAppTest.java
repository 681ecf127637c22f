package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.setup.KioskConfig;
import till.store.TillStore;

/**
 * The till's window as {@code till} runs it, from its constructor (no static state): {@link TillApp#run} opens the
 * till, shows it, blocks until its close flow ends and returns the exit code, with the data directory released. The
 * toolkit is TestFX's here, so the till's window is one more on it and the run leaves the toolkit running.
 */
@ExtendWith(ApplicationExtension.class)
class TillAppTest {

    @TempDir
    Path dataDir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Start
    void start(Stage stage) {
        // The till opens its own window.
    }

    @Test
    void aRunShowsTheTillAndReturnsZeroWhenItsWindowClosesWithTheDataDirectoryReleased() throws Exception {
        Files.writeString(dataDir.resolve("till.properties"), "server.url=http://127.0.0.1:9\ndatabase=shop\n"
                + "login=till\npos.config.id=1\npassword.keep=false\n");
        Set<Window> before = showing();

        CompletableFuture<Integer> exit = run();
        Window till = awaitNewWindow(before);
        assertThat(((Stage) till).getTitle()).startsWith("Till");
        WaitForAsyncUtils.asyncFx(() -> till.fireEvent(new WindowEvent(till, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get();

        assertThat(exit.get(30, TimeUnit.SECONDS)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(showing()).isEqualTo(before);
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            assertThat(store.outbox().list()).isEmpty();
        }
    }

    @Test
    void aTillThatCannotOpenItsStoreSaysWhyAndReturnsOneOnceTheMessageIsClosed() throws Exception {
        Set<Window> before = showing();
        CompletableFuture<Integer> exit;
        try (TillStore held = TillStore.open(dataDir, Clock.systemUTC())) {
            exit = run();
            Window alert = awaitNewWindow(before);
            WaitForAsyncUtils.asyncFx(() -> ((Button) ((DialogPane) alert.getScene().getRoot())
                    .lookupButton(ButtonType.OK)).fire()).get();
        }

        assertThat(exit.get(30, TimeUnit.SECONDS)).isOne();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("till: ").contains("Another Till is already running");
        assertThat(showing()).isEqualTo(before);
    }

    private CompletableFuture<Integer> run() {
        TillApp app = new TillApp(dataDir, KioskConfig.OFF, new PrintStream(err, true, StandardCharsets.UTF_8));
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread main = new Thread(() -> exit.complete(app.run()), "till-app-test-main");
        main.setDaemon(true);
        main.start();
        return exit;
    }

    private static Window awaitNewWindow(Set<Window> before) throws Exception {
        FxWait.until(() -> !newWindows(before).isEmpty());
        return WaitForAsyncUtils.asyncFx(() -> newWindows(before).get(0)).get();
    }

    private static List<Window> newWindows(Set<Window> before) {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> !before.contains(w)).toList();
    }

    private static Set<Window> showing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Set.copyOf(Window.getWindows().stream().filter(Window::isShowing)
                .toList())).get();
    }
}
