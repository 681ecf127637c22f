package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.store.TillStore;

class SecondInstanceTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondTillProcessOnTheSameDataDirectoryRefusesWithAClearMessageAndTouchesNothing() throws Exception {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            Path database = store.databaseFile();
            byte[] before = Files.readAllBytes(database);
            try (ChildTill second = ChildTill.start(dataDir, "simulate", "--orders", "1")) {
                assertThat(second.exitCode(60)).isEqualTo(1);
                assertThat(second.remainingLines()).isEmpty();
                assertThat(second.errors()).contains("Another Till is already running")
                        .contains(dataDir.toAbsolutePath().toString());
            }
            assertThat(Files.readAllBytes(database)).isEqualTo(before);
            assertThat(store.outbox().list()).isEmpty();
        }
    }
}
