package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;

/**
 * A journal damaged on the disk loses at most the damaged record, says so, and keeps the bytes; only a record cut
 * short at the end by an interrupted append is dropped quietly. Every test pays 10 orders through a real store and
 * changes the real journal file.
 */
class JournalDamageTest {

    private static final int ORDERS = 10;

    @TempDir
    Path dir;

    private final Logger storeLogger = (Logger) LoggerFactory.getLogger("till.store");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        storeLogger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        storeLogger.detachAppender(log);
    }

    @Test
    void aFlippedByteInRecord3Of10LosesOnlyThatOrderAndTheNineOthersComeBackAtEveryStart() throws Exception {
        List<Long> offsets = payTenOrders();
        byte[] asFound = flip(offsets.get(2) + 100);
        loseAllFromTheDatabase();

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid).containsExactlyElementsOf(allBut(3));
            assertThat(store.outbox().list()).extracting(OutboxEntry::state).containsOnly(OutboxState.WAITING);
        }
        assertThat(errors()).singleElement().asString()
                .contains(dir.resolve(PaidJournal.FILE_NAME).toString(), "record 3 at byte " + offsets.get(2),
                        "7 intact records after it were kept", "skipped");
        assertThat(Files.readAllBytes(onlyCopy())).isEqualTo(asFound);

        // The journal was rewritten without the damage, not cut at it: the nine come back again, and quietly.
        loseAllFromTheDatabase();
        log.list.clear();
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid).containsExactlyElementsOf(allBut(3));
        }
        assertThat(errors()).isEmpty();
        assertThat(copies()).hasSize(1);
    }

    @Test
    void withTheDatabaseMovedAsideNineOfTenUnsentOrdersComeBackFromAJournalDamagedInRecord3() throws Exception {
        List<Long> offsets = payTenOrders();
        flip(offsets.get(2) + 200);
        Files.move(dir.resolve(Database.FILE_NAME), dir.resolve(Database.FILE_NAME + ".moved-aside"));

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid).containsExactlyElementsOf(allBut(3));
            assertThat(store.outbox().summary().unsent()).isEqualTo(ORDERS - 1);
        }
        assertThat(errors()).hasSize(1);
    }

    @Test
    void compactionAfterDamageKeepsEveryUnconfirmedIntactRecordAndTheDamagedBytesInTheCopy() throws Exception {
        List<Long> offsets = payTenOrders();
        sql("UPDATE outbox SET state = 'SENT' WHERE uid IN ('" + uid(1) + "', '" + uid(2) + "')");
        byte[] asFound = flip(offsets.get(2) + 50);

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).hasSize(ORDERS);
        }
        assertThat(Files.readAllBytes(onlyCopy())).isEqualTo(asFound);
        assertThat(Files.size(dir.resolve(PaidJournal.FILE_NAME))).isEqualTo(offsets.get(ORDERS) - offsets.get(3));

        loseAllFromTheDatabase();
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid)
                    .containsExactlyElementsOf(IntStream.rangeClosed(4, ORDERS).mapToObj(JournalDamageTest::uid)
                            .toList());
        }
    }

    @Test
    void aFlippedByteInTheLastRecordIsReportedAndKeptNotCutAsATornTail() throws Exception {
        List<Long> offsets = payTenOrders();
        byte[] asFound = flip(offsets.get(9) + 300);
        loseAllFromTheDatabase();

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).extracting(OutboxEntry::uid).containsExactlyElementsOf(allBut(10));
        }
        assertThat(errors()).singleElement().asString().contains("record 10 at byte " + offsets.get(9));
        assertThat(Files.readAllBytes(onlyCopy())).isEqualTo(asFound);
    }

    @Test
    void aLastRecordWhoseLengthWasFlippedIsNotMistakenForATornAppendAndItsOrderIsKept() throws Exception {
        List<Long> offsets = payTenOrders();
        // The length grows past the end of the file, as an interrupted append would look; the body is whole.
        flip(offsets.get(9) + 1);
        loseAllFromTheDatabase();

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).hasSize(ORDERS);
        }
        assertThat(errors()).singleElement().asString()
                .contains("record 10 at byte " + offsets.get(9), "damaged length field", "was kept");
    }

    @Test
    void aRecordWhoseLengthWasFlippedInTheMiddleKeepsItsOrderAndEveryOneAfterIt() throws Exception {
        List<Long> offsets = payTenOrders();
        flip(offsets.get(2) + 3);
        loseAllFromTheDatabase();

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).hasSize(ORDERS);
        }
        assertThat(errors()).singleElement().asString().contains("record 3 at byte " + offsets.get(2));
    }

    @Test
    void anAppendCutShortByAKillIsATornTailDroppedWithoutAnErrorAndTheNextPaymentFollowsTheIntactRecords()
            throws Exception {
        List<Long> offsets = payTenOrders();
        Path journal = dir.resolve(PaidJournal.FILE_NAME);
        byte[] half = Arrays.copyOfRange(Files.readAllBytes(journal), offsets.get(9).intValue(),
                offsets.get(9).intValue() + 300);
        Files.write(journal, half, StandardOpenOption.APPEND);

        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(Files.size(journal)).isEqualTo(offsets.get(ORDERS));
            store.outbox().commitPaid(StoreFixtures.paidOrder(ORDERS + 1, "11.00"));
        }
        loseAllFromTheDatabase();
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.outbox().list()).hasSize(ORDERS + 1);
        }
        assertThat(errors()).isEmpty();
        assertThat(copies()).isEmpty();
    }

    /** Pays orders 1 to 10 and returns where each record starts, plus the journal's length. */
    private List<Long> payTenOrders() throws IOException {
        try (TillStore store = StoreTestSupport.open(dir)) {
            for (int n = 1; n <= ORDERS; n++) {
                store.outbox().commitPaid(StoreFixtures.paidOrder(n, n + ".00"));
            }
        }
        ByteBuffer journal = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(PaidJournal.FILE_NAME)));
        List<Long> offsets = new ArrayList<>();
        while (journal.position() < journal.limit()) {
            offsets.add((long) journal.position());
            int length = journal.getInt();
            journal.position(journal.position() + 4 + length);
        }
        offsets.add((long) journal.limit());
        assertThat(offsets).hasSize(ORDERS + 1);
        return offsets;
    }

    /** Flips one bit of the journal at {@code position}; returns the damaged journal's bytes. */
    private byte[] flip(long position) throws IOException {
        Path journal = dir.resolve(PaidJournal.FILE_NAME);
        byte[] bytes = Files.readAllBytes(journal);
        bytes[(int) position] ^= 0x20;
        Files.write(journal, bytes);
        return bytes;
    }

    private void loseAllFromTheDatabase() throws SQLException {
        sql("DELETE FROM outbox");
        sql("DELETE FROM paid_orders");
    }

    private void sql(String update) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("till") + ";IFEXISTS=TRUE",
                "till", ""); Statement s = c.createStatement()) {
            s.executeUpdate(update);
        }
    }

    private static String uid(int sequence) {
        return StoreFixtures.uid(sequence).uid();
    }

    private static List<String> allBut(int damaged) {
        return IntStream.rangeClosed(1, ORDERS).filter(n -> n != damaged).mapToObj(JournalDamageTest::uid).toList();
    }

    private List<String> errors() {
        return log.list.stream().filter(e -> e.getLevel() == Level.ERROR).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private List<Path> copies() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PaidJournal.FILE_NAME + ".damaged-"))
                    .toList();
        }
    }

    private Path onlyCopy() throws IOException {
        List<Path> copies = copies();
        assertThat(copies).hasSize(1);
        return copies.get(0);
    }
}
