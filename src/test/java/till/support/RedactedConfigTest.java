package till.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactedConfigTest {

    @TempDir
    Path dir;

    @Test
    void keysNamingASecretLoseTheirValueButKeepTrueOrFalse() throws IOException {
        Path file = Files.writeString(dir.resolve("till.properties"), "server.url=https://shop.example.com\n"
                + "password.keep=true\nmanager.pin=2468\nApi.Token=abc\nclient_secret=xyz\nlogin=till\n");

        assertThat(RedactedConfig.of(file)).contains("server.url=https://shop.example.com\n")
                .contains("password.keep=true\n").contains("manager.pin=<removed>\n")
                .contains("Api.Token=<removed>\n").contains("client_secret=<removed>\n").contains("login=till\n")
                .doesNotContain("2468").doesNotContain("abc").doesNotContain("xyz");
    }

    @Test
    void noFileMeansDemoMode() {
        assertThat(RedactedConfig.of(dir.resolve("till.properties"))).contains("demo mode");
    }
}
