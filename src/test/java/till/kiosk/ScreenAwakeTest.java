package till.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command keeps the screen awake on which system, and that it runs and never takes the till down. */
class ScreenAwakeTest {

    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");

    @Test
    void macOsRunsCaffeinateBoundToTheTillsProcess() {
        assertThat(ScreenAwake.plan("Mac OS X", Map.of(), name -> true, 4242)).hasValue(new ScreenAwake.Plan(
                List.of("caffeinate", "-d", "-i", "-w", "4242"), Duration.ZERO));
    }

    @Test
    void aLinuxDesktopResetsTheScreenSaverEveryFiftySeconds() {
        assertThat(ScreenAwake.plan("Linux", X11, "xdg-screensaver"::equals, 1)).hasValue(new ScreenAwake.Plan(
                List.of("xdg-screensaver", "reset"), Duration.ofSeconds(50)));
    }

    @Test
    void withoutADesktopOrTheCommandOrOnWindowsNothingIsPretended() {
        assertThat(ScreenAwake.plan("Linux", Map.of(), name -> true, 1)).isEmpty();
        assertThat(ScreenAwake.plan("Linux", X11, name -> false, 1)).isEmpty();
        assertThat(ScreenAwake.plan("Windows 11", X11, name -> true, 1)).isEmpty();
    }

    @Test
    void aCommandIsFoundOnlyWhenExecutableOnThePath(@TempDir Path dir) throws IOException {
        Files.createFile(dir.resolve("xdg-screensaver"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.createFile(dir.resolve("caffeinate"));

        assertThat(ScreenAwake.onPath(Map.of("PATH", "/nowhere:" + dir)).test("xdg-screensaver")).isTrue();
        assertThat(ScreenAwake.onPath(Map.of("PATH", dir.toString())).test("caffeinate")).isFalse();
        assertThat(ScreenAwake.onPath(Map.of()).test("xdg-screensaver")).isFalse();
    }

    @Test
    void thePlannedCommandRunsAndAFailingOneIsOnlyLogged() throws Exception {
        LinkedBlockingQueue<List<String>> started = new LinkedBlockingQueue<>();
        ScreenAwake.Processes failing = command -> {
            started.add(command);
            throw new IOException("no such program");
        };

        try (ScreenAwake awake = ScreenAwake.start(Optional.of(new ScreenAwake.Plan(List.of("xdg-screensaver",
                "reset"), Duration.ofSeconds(50))), failing)) {
            assertThat(started.poll(10, TimeUnit.SECONDS)).containsExactly("xdg-screensaver", "reset");
        }
        try (ScreenAwake awake = ScreenAwake.start(Optional.empty(), failing)) {
            assertThat(started.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
