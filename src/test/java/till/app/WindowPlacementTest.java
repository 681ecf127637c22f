package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import till.fx.Async;
import till.fx.IoThread;
import till.kiosk.PinDialog;
import till.pin.ManagerPin;
import till.setup.KioskConfig;
import till.testsupport.MutableClock;

/**
 * The ordinary till window on the real till screen, on Monocle: it opens maximised, or where the last start closed it
 * (the file in the data directory, as TillApp reads and writes it), and a broken file is only ignored.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    @TempDir
    Path dataDir;
    private final IoThread pinIo = new IoThread("placement-test-pin-io");
    private final AtomicInteger exits = new AtomicInteger();
    private TillScreen till;
    private TillWindow window;

    @Start
    void start(Stage stage) {
        // Each test shows its own stage, never shown before, as TillApp does.
    }

    @AfterEach
    void closeTill() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get();
        pinIo.close();
        if (till != null) {
            till.close();
        }
    }

    /** Opens the till as TillApp does: the placement is read from the data directory before the window shows. */
    private void open() throws Exception {
        Optional<WindowPlacement> remembered = new WindowPlacementFile(dataDir).read();
        ManagerPin managerPin = new ManagerPin(dataDir, new MutableClock(Instant.parse("2026-12-08T08:00:00Z")),
                1_000, new SecureRandom());
        till = TillScreen.open(dataDir, Clock.systemDefaultZone());
        WaitForAsyncUtils.asyncFx(() -> {
            PinDialog pin = new PinDialog(TillWindow.pinCheck(managerPin), new Async(pinIo.executor(),
                    Platform::runLater));
            window = new TillWindow(till, pin, false, owner -> Optional.empty(), exits::incrementAndGet);
            window.remember(remembered);
            window.show(new Stage(), till.view(Platform::runLater, Duration.ofSeconds(5), owner -> Optional.empty()),
                    till.title(), KioskConfig.OFF);
        }).get();
        FxWait.until(() -> window.stage().isShowing());
    }

    private void closeAndKeep() throws Exception {
        Stage stage = window.stage();
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get();
        FxWait.until(() -> exits.get() == 1);
        window.closedPlacement().ifPresent(new WindowPlacementFile(dataDir)::write);
        till.close();
        till = null;
        exits.set(0);
    }

    @Test
    void withNothingRememberedTheWindowOpensMaximised() throws Exception {
        open();

        FxWait.until(() -> window.stage().isMaximized());
        assertThat(window.stage().getWidth()).isGreaterThan(1024);
    }

    @Test
    void theSizeAndPlaceAtCloseAreWhereTheNextStartOpens() throws Exception {
        Files.writeString(dataDir.resolve(WindowPlacementFile.NAME), "x=20\ny=10\nwidth=900\nheight=700\n"
                + "maximised=false\n");
        open();
        Stage stage = window.stage();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.of(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized() ? 1.0 : 0.0)).get()).containsExactly(20.0, 10.0, 900.0, 700.0,
                0.0);

        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(1000)).get();
        closeAndKeep();
        open();

        FxWait.until(() -> window.stage().getWidth() == 1000 && window.stage().getHeight() == 700);
        assertThat(window.stage().isMaximized()).isFalse();
    }

    @Test
    void aMaximisedWindowOpensMaximisedAgain() throws Exception {
        open();
        FxWait.until(() -> window.stage().isMaximized());
        closeAndKeep();
        assertThat(Files.readString(dataDir.resolve(WindowPlacementFile.NAME))).contains("maximised=true");

        open();

        FxWait.until(() -> window.stage().isMaximized());
    }

    @Test
    void aBrokenFileIsIgnoredAndTheWindowOpensMaximised() throws Exception {
        Files.writeString(dataDir.resolve(WindowPlacementFile.NAME), "x=20\ny=ten\nwidth=900\nheight=\n");
        assertThat(new WindowPlacementFile(dataDir).read()).isEmpty();
        Files.write(dataDir.resolve(WindowPlacementFile.NAME), new byte[] {(byte) 0xff, 0, (byte) 0xfe, 10});
        assertThat(new WindowPlacementFile(dataDir).read()).isEmpty();

        open();

        FxWait.until(() -> window.stage().isMaximized());
    }

    @Test
    void aPlaceOffEveryScreenOrTooSmallIsNotUsed() throws Exception {
        Files.writeString(dataDir.resolve(WindowPlacementFile.NAME), "x=5000\ny=4000\nwidth=900\nheight=700\n"
                + "maximised=false\n");
        open();

        FxWait.until(() -> window.stage().isMaximized());
    }
}
