package till.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import till.outbox.OutboxEntry;

/**
 * A database file changed on the disk while Till was closed is refused at open, before H2 writes a byte to it; a
 * healthy file, one put back from a backup and one left by a crash still open.
 */
class DatabaseDamageTest {

    private static final int ORDERS = 40;

    /** A closed store with a catalog and 40 paid orders, built once: the flips then land in tables and metadata. */
    @TempDir
    static Path template;

    @TempDir
    Path dir;

    @BeforeAll
    static void closedStoreWithCatalogAndOrders() {
        try (TillStore store = StoreTestSupport.open(template)) {
            store.catalogCache().replace(StoreFixtures.catalog("Shop"));
            for (int n = 1; n <= ORDERS; n++) {
                store.outbox().commitPaid(StoreFixtures.paidOrder(n, n + ".00"));
            }
        }
    }

    @ParameterizedTest(name = "a byte flipped at {0}")
    @ValueSource(strings = {"the header", "10 %", "90 %"})
    void aByteFlippedWhileTillWasClosedIsRefusedAtOpenAndTheFileIsLeftExactlyAsItWas(String where)
            throws Exception {
        try (Stream<Path> files = Files.list(template)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        int position = switch (where) {
            case "the header" -> 20;
            case "10 %" -> bytes.length / 10;
            default -> bytes.length / 10 * 9;
        };
        bytes[position] ^= 0x01;
        Files.write(file, bytes);
        FileTime modified = Files.getLastModifiedTime(file);
        List<String> filesBefore = names();

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatThrownBy(() -> StoreTestSupport.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Till cannot read its database " + file)
                    .hasMessageContaining("Restore a backup of this file, or move it aside")
                    .hasMessageContaining("will not start with an empty database");
        }

        assertThat(sha256(file)).isEqualTo(sha256(bytes));
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(names()).isEqualTo(filesBefore);
    }

    @Test
    void aBackupPutBackOnPurposeIsOpenedAndTheJournalAddsWhatCameAfterIt() throws Exception {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
        }
        Path file = dir.resolve(Database.FILE_NAME);
        Path backup = Files.copy(file, dir.resolve("backup.mv.db"));
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(2, "2.00"));
        }
        Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid)
                    .containsExactly(StoreFixtures.uid(1).uid(), StoreFixtures.uid(2).uid());
        }
    }

    @Test
    void theChecksumDescribesOnlyAClosedDatabaseAndADatabaseLeftWithoutOneStillOpens() throws Exception {
        Path checksum = dir.resolve(Database.FILE_NAME + DatabaseChecksum.SUFFIX);
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
            assertThat(checksum).doesNotExist();
        }
        assertThat(checksum).exists();
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(checksum).doesNotExist();
        }
        // As a crash leaves it: no checksum. The file is then only checked by opening it read-only.
        Files.delete(checksum);
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).hasSize(1);
        }
    }

    @Test
    void theChecksumOfADatabaseMovedAsideDoesNotOutliveIt() throws Exception {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
        }
        Files.move(dir.resolve(Database.FILE_NAME), dir.resolve("till.mv.db.moved-aside"));

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(dir.resolve(Database.FILE_NAME + DatabaseChecksum.SUFFIX)).doesNotExist();
            assertThat(store.outbox().list()).hasSize(1);
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return sha256(Files.readAllBytes(file));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
