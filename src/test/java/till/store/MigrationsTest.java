package till.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    /** The migrations of this build and one more, as a newer Till would have them (V99: ours never reach it). */
    private static final List<String> NEWER = Stream.concat(Migrations.RESOURCES.stream(),
            Stream.of("V99__test_notes.sql")).toList();

    @TempDir
    Path dir;

    @Test
    void aNewerMigrationAppliesOnTopOfAnExistingOlderDatabaseAndKeepsItsData() throws SQLException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "3.00"));
        }
        Migrations newer = new Migrations(NEWER, getClass().getClassLoader());
        try (TillStore store = TillStore.open(dir, StoreTestSupport.CLOCK, newer)) {
            assertThat(store.outbox().find(StoreFixtures.uid(1).uid())).isPresent();
        }
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT note FROM paid_orders")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("migrated");
            assertThat(Migrations.currentVersion(c)).isEqualTo(99);
        }
    }

    @Test
    void ordersWaitingBeforeTheQueueIndexAreClaimedOldestFirstAfterIt() throws SQLException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            for (int n = 1; n <= 3; n++) {
                store.outbox().commitPaid(StoreFixtures.paidOrder(n, n + ".00"));
            }
        }
        // Back to how a version-2 database looked: no queue order, no index, no print queue, no unknown outcomes;
        // V3 and what follows it not recorded.
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX outbox_state_seq");
            s.execute("ALTER TABLE outbox DROP COLUMN seq");
            s.execute("DROP TABLE print_jobs");
            s.execute("DROP TABLE print_cursor");
            s.execute("ALTER TABLE outbox DROP COLUMN unknown_since");
            s.execute("ALTER TABLE outbox DROP COLUMN server_id");
            s.execute("ALTER TABLE outbox DROP COLUMN confirmed_by");
            s.execute("DELETE FROM schema_version WHERE version >= 3");
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outboxQueue().claim(2, java.util.Set.of()))
                    .extracting(till.order.PaidOrder::uid)
                    .containsExactly(StoreFixtures.uid(1).uid(), StoreFixtures.uid(2).uid());
            assertThat(store.outboxQueue().claim(2, java.util.Set.of()))
                    .extracting(till.order.PaidOrder::uid).containsExactly(StoreFixtures.uid(3).uid());
        }
    }

    @Test
    void migrationsAlreadyAppliedAreNotAppliedAgain() {
        Migrations newer = new Migrations(NEWER, getClass().getClassLoader());
        TillStore.open(dir, StoreTestSupport.CLOCK, newer).close();
        // Re-applying V99 would fail on the existing column and table.
        TillStore.open(dir, StoreTestSupport.CLOCK, newer).close();
    }

    @Test
    void aDatabaseFromANewerTillIsRefusedWithAClearMessage() {
        TillStore.open(dir, StoreTestSupport.CLOCK, new Migrations(NEWER, getClass().getClassLoader())).close();
        assertThatThrownBy(() -> StoreTestSupport.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer Till").hasMessageContaining("schema version 99");
    }

    @Test
    void aDatabaseFromANewerTillIsRefusedWithoutAByteOfItWrittenWithOrWithoutItsChecksum() throws IOException {
        TillStore.open(dir, StoreTestSupport.CLOCK, new Migrations(NEWER, getClass().getClassLoader())).close();
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        assertThatThrownBy(() -> StoreTestSupport.open(dir)).hasMessageContaining("newer Till");
        // As a crash leaves it: without the checksum of a clean close the version is read from a read-only open.
        Files.deleteIfExists(dir.resolve(Database.FILE_NAME + ".checksum"));
        assertThatThrownBy(() -> StoreTestSupport.open(dir)).hasMessageContaining("newer Till");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nINSERT INTO a\n VALUES (1);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a\n VALUES (1)");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("till") + ";IFEXISTS=TRUE", "till", "");
    }
}
