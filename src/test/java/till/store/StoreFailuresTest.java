package till.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFailuresTest {

    @TempDir
    Path dir;

    @Test
    void aGarbageDatabaseFileGivesAClearErrorAndIsLeftUntouched() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Path file = dir.resolve("till.mv.db");
        Files.write(file, garbage);
        FileTime modified = Files.getLastModifiedTime(file);

        assertThatThrownBy(() -> StoreTestSupport.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("Restore a backup")
                .hasMessageContaining("will not start with an empty database");

        assertThat(Arrays.equals(Files.readAllBytes(file), garbage)).isTrue();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void aTruncatedDatabaseFileIsNotReplacedByAnEmptyOne() throws IOException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
        }
        Path file = dir.resolve("till.mv.db");
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 100);
        Files.write(file, head);

        assertThatThrownBy(() -> StoreTestSupport.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(head);
    }

    @Test
    void aDataDirectoryThatIsAFileGivesAClearError() throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoreTestSupport.open(notADir.resolve("data")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot write to its data directory")
                .hasMessageContaining(notADir.resolve("data").toString());
    }

    @Test
    void aReadOnlyDataDirectoryGivesAClearError() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")),
                "root writes through chmod 555, so a read-only directory cannot be made here");
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> StoreTestSupport.open(readOnly))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(readOnly.toString())
                    .hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefusedAndNamesTheDirectory() {
        try (TillStore first = StoreTestSupport.open(dir)) {
            assertThatThrownBy(() -> StoreTestSupport.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Another Till is already running")
                    .hasMessageContaining(dir.toString());
            first.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
        }
    }

    @Test
    void aFullDiskIsReportedAsSuch() {
        StoreException e = StoreFailures.writeFailed(dir.resolve("till.mv.db"),
                new IOException("write failed", new IOException("No space left on device")));
        assertThat(e).hasMessageContaining("disk holding " + dir + " is full");
    }
}
