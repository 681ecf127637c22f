package till.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orders.settle.seconds} in {@code till.properties}: optional, checked, and kept when setup rewrites. */
class SettleKeyTest {

    private static final String GOOD = "server.url=https://shop.example.com\ndatabase=shop\nlogin=till1\n"
            + "pos.config.id=3\n";

    @TempDir
    Path dir;

    @Test
    void withoutTheKeyTheTillWaitsOdoosDefaultRequestTimeLimit() throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), GOOD);

        assertThat(new ConfigFile(dir).read().settle()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void theKeyGivesTheSettleTimeAndSetupKeepsItWhenItRewritesTheFile() throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), GOOD + "orders.settle.seconds=300\n");
        ConfigFile file = new ConfigFile(dir);
        assertThat(file.read().settle()).isEqualTo(Duration.ofSeconds(300));

        file.write(new TillConfig(URI.create("https://other.example.com"), null, "shop", "till2", 4, false));

        assertThat(file.read().settle()).isEqualTo(Duration.ofSeconds(300));
        assertThat(file.read().server()).isEqualTo(URI.create("https://other.example.com"));
        assertThat(Files.readString(file.path())).contains("limit_time_real");
    }

    @Test
    void aSettleTimeOfTheConfigurationIsWrittenAndReadBack() throws Exception {
        TillConfig config = new TillConfig(URI.create("https://shop.example.com"), null, "shop", "till1", 3, false,
                Duration.ofSeconds(600));
        ConfigFile file = new ConfigFile(dir);

        file.write(config);

        assertThat(file.read()).isEqualTo(config);
    }

    @Test
    void aSettleTimeThatIsNotWholeSecondsFromOneToADayNamesTheKeyAndWhatIsExpected() throws Exception {
        for (String value : new String[] {"0", "2m", "-5", "86401"}) {
            Files.writeString(dir.resolve(ConfigFile.NAME), GOOD + "orders.settle.seconds=" + value + "\n");

            assertThatThrownBy(() -> new ConfigFile(dir).read()).isInstanceOf(ConfigException.class)
                    .hasMessageContaining(dir.resolve(ConfigFile.NAME).toString())
                    .hasMessageContaining("\"orders.settle.seconds\" is \"" + value + "\"")
                    .hasMessageContaining("limit_time_real");
        }
    }
}
