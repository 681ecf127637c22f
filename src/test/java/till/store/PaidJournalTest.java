package till.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;
import till.order.OrderUid;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;

class PaidJournalTest {

    @TempDir
    Path dir;

    @Test
    void paidOrdersTheDatabaseLostArePutBackFromTheJournalAsWaiting() throws SQLException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
            store.outbox().commitPaid(StoreFixtures.paidOrder(2, "2.00"));
        }
        loseFromTheDatabase(StoreFixtures.uid(2).uid());

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid, OutboxEntry::state).containsExactly(
                    Tuple.tuple(StoreFixtures.uid(1).uid(), OutboxState.WAITING),
                    Tuple.tuple(StoreFixtures.uid(2).uid(), OutboxState.WAITING));
            assertThat(store.outbox().find(StoreFixtures.uid(2).uid()))
                    .contains(StoreFixtures.paidOrder(2, "2.00"));
        }
    }

    @Test
    void aNumberOfAPutBackOrderIsNeverHandedOutAgain() throws SQLException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(5, "1.00"));
        }
        loseFromTheDatabase(StoreFixtures.uid(5).uid());
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.orderNumbers().next(7, 1)).isEqualTo(new OrderUid(7, 1, 6));
        }
    }

    @Test
    void aRecordTornByAKillIsDroppedAndTheNextPaymentIsReadableAfterIt() throws IOException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
        }
        Path journal = dir.resolve(PaidJournal.FILE_NAME);
        Files.write(journal, new byte[] {0, 0, 1, 0, 42, 42, 42}, StandardOpenOption.APPEND);
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(2, "2.00"));
        }
        PaidJournal.Opened opened = PaidJournal.open(dir, StoreTestSupport.CLOCK);
        opened.journal().close();
        assertThat(opened.records()).hasSize(2);
    }

    @Test
    void aFailedPaymentLeavesNothingInTheJournal() throws IOException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
            long size = Files.size(dir.resolve(PaidJournal.FILE_NAME));
            assertThatThrownBy(() -> store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00")))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(Files.size(dir.resolve(PaidJournal.FILE_NAME))).isEqualTo(size);
        }
    }

    @Test
    void ordersTheServerConfirmedLeaveTheJournalAtTheNextStartAndTheOthersStay() throws SQLException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
            store.outbox().commitPaid(StoreFixtures.paidOrder(2, "2.00"));
            store.outbox().commitPaid(StoreFixtures.paidOrder(3, "3.00"));
        }
        sql("UPDATE outbox SET state = 'SENT' WHERE uid IN ('" + StoreFixtures.uid(1).uid() + "', '"
                + StoreFixtures.uid(3).uid() + "')");

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).hasSize(3);
        }
        PaidJournal.Opened opened = PaidJournal.open(dir, StoreTestSupport.CLOCK);
        opened.journal().close();
        assertThat(opened.records()).hasSize(1).first().asString().contains("\"sequenceNumber\":2");
    }

    @Test
    void aCompactedJournalStillTakesNewPaymentsAndPutsThemBack() throws SQLException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
        }
        sql("UPDATE outbox SET state = 'SENT'");
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(2, "2.00"));
        }
        loseFromTheDatabase(StoreFixtures.uid(2).uid());

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().find(StoreFixtures.uid(2).uid())).contains(StoreFixtures.paidOrder(2, "2.00"));
        }
    }

    @Test
    void aRewriteCutShortByAKillIsIgnoredAndTheOldJournalStillCounts() throws IOException, SQLException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.outbox().commitPaid(StoreFixtures.paidOrder(1, "1.00"));
        }
        Files.write(dir.resolve(PaidJournal.FILE_NAME + ".rewrite"), new byte[] {0, 0, 0, 9, 1});
        loseFromTheDatabase(StoreFixtures.uid(1).uid());

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().find(StoreFixtures.uid(1).uid())).isPresent();
        }
        assertThat(dir.resolve(PaidJournal.FILE_NAME + ".rewrite")).doesNotExist();
    }

    private void sql(String update) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("till") + ";IFEXISTS=TRUE",
                "till", ""); Statement s = c.createStatement()) {
            s.executeUpdate(update);
        }
    }

    private void loseFromTheDatabase(String uid) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("till") + ";IFEXISTS=TRUE",
                "till", ""); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM outbox WHERE uid = '" + uid + "'");
            s.executeUpdate("DELETE FROM paid_orders WHERE uid = '" + uid + "'");
        }
    }
}
