package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.setup.ConfigFile;
import till.setup.KioskConfig;
import till.pin.ManagerPin;

/** What decides kiosk mode at start, through {@code till}'s command line; no window opens in these tests. */
class KioskStartTest {

    @TempDir
    Path dir;
    private final MainRun main = new MainRun();

    private int run(String... args) {
        return main.run(args);
    }

    @Test
    void kioskWithoutAManagerPinRefusesToStartWithAConfigurationError() {
        assertThat(run("--data-dir", dir.toString(), "--kiosk")).isEqualTo(3);

        assertThat(main.err()).contains("Kiosk mode needs a manager PIN")
                .contains("till manager-pin --pin-file FILE");
    }

    @Test
    void kioskSwitchedOnInTheConfigFileWithoutAPinRefusesToStartToo() throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), "server.url=http://127.0.0.1:9\ndatabase=shop\nlogin=admin\n"
                + "pos.config.id=1\nkiosk=true\n");

        assertThat(run("--data-dir", dir.toString())).isEqualTo(3);
        assertThat(main.err()).contains("Kiosk mode needs a manager PIN");
    }

    @Test
    void aBadKioskScreenRefusesToStartAndNamesTheKey() throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), "kiosk.screen=two\n");

        assertThat(run("--data-dir", dir.toString(), "--kiosk")).isEqualTo(3);
        assertThat(main.err()).contains(ConfigFile.NAME, "\"kiosk.screen\" is \"two\"");
    }

    @Test
    void theKioskOptionTurnsKioskModeOnOverTheFileAndKeepsItsScreen() throws Exception {
        new ManagerPin(dir, Clock.systemUTC(), 1, new SecureRandom()).set("1234");
        assertThat(TillLauncher.kiosk(dir, true)).isEqualTo(new KioskConfig(true, 0));
        assertThat(TillLauncher.kiosk(dir, false)).isEqualTo(KioskConfig.OFF);

        Files.writeString(dir.resolve(ConfigFile.NAME), "kiosk=false\nkiosk.screen=2\n");

        assertThat(TillLauncher.kiosk(dir, true)).isEqualTo(new KioskConfig(true, 2));
    }

    @Test
    void helpListsTheKioskOption() {
        assertThat(run("--help")).isZero();
        assertThat(main.out()).contains("--kiosk").contains("manager-pin");
    }
}
