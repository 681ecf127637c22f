package till.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.push.BusCause;
import till.push.ConnectionState;
import till.push.ConnectionStateMachine;
import till.outbox.DeliveryTransitions;
import till.outbox.FailureKind;
import till.outbox.SenderStatus;
import till.worker.WorkerState;

@SuppressWarnings("try") // each test logs while the files are open, without naming them
class LogFilesTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogFilesTest.class);
    private static final LogLimits SMALL = new LogLimits(4096, 3, 2048, 2);

    @TempDir
    Path dataDir;

    @Test
    void infoLinesGoToTillLogInTheDataDirectoryAndStopAfterClose() throws IOException {
        try (LogFiles logs = open(LogFiles.Rotation.ROLL)) {
            LOG.info("an order was paid");
            LOG.debug("a poll returned");
        }
        LOG.warn("after close");

        assertThat(read("till.log")).contains("INFO ").contains("an order was paid")
                .doesNotContain("a poll returned").doesNotContain("after close");
    }

    @Test
    void bothConnectionsTransitionsGoToTheConnectionHistoryAndTheMainLog() throws IOException {
        try (LogFiles logs = open(LogFiles.Rotation.ROLL)) {
            ConnectionStateMachine push = new ConnectionStateMachine(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            push.transition(ConnectionState.GREEN, BusCause.pollCompleted());
            DeliveryTransitions orders = new DeliveryTransitions();
            orders.accept(status(WorkerState.RUNNING, Optional.empty()));
            orders.accept(status(WorkerState.RUNNING, Optional.of(FailureKind.RETRYABLE)));
            LOG.info("not a transition");
        }

        String history = read("connections.log");
        assertThat(history.lines()).hasSize(3);
        assertThat(history).contains("push channel STOPPED -> GREEN (The server can push to this till")
                .contains("orders STOPPED -> RUNNING (the order sender started")
                .contains("orders RUNNING -> RETRYING (The server cannot be reached.)")
                .doesNotContain("not a transition");
        assertThat(read("till.log")).contains("push channel STOPPED -> GREEN").contains("orders RUNNING -> RETRYING");
    }

    @Test
    void aLoggedSessionCookieOrPasswordFieldComesOutMasked() throws IOException {
        try (LogFiles logs = LogFiles.open(dataDir, SMALL, LogFiles.Rotation.ROLL, LogMasks.patterns())) {
            LOG.info("request had Cookie: session_id=4f1a9c2e77deadbeef");
            LOG.warn("login refused for {\"login\": \"ann\", \"password\": \"Corr3ct-Horse\"}",
                    new IllegalStateException("session_id=4f1a9c2e77"));
        }

        String log = read("till.log");
        assertThat(log).contains("Cookie: ****").contains("login refused for {\"login\": \"ann\", \"password\":"
                + " \"****\"}").contains("IllegalStateException: session_id=****")
                .doesNotContain("4f1a9c2e77").doesNotContain("Corr3ct-Horse");
    }

    @Test
    void withThePasswordAdminKeptTheLogKeepsTheAdvicesWordsAndHidesThePasswordField() throws IOException {
        Files.writeString(dataDir.resolve("till.password"), "admin\n");
        try (LogFiles logs = LogFiles.open(dataDir, SMALL, LogFiles.Rotation.ROLL, LogMasks.forDataDir(dataDir))) {
            DeliveryTransitions orders = new DeliveryTransitions();
            orders.accept(status(WorkerState.RUNNING, Optional.empty()));
            orders.accept(new SenderStatus(WorkerState.RUNNING, Optional.empty(), 2, 0, new BigDecimal("5.00"),
                    Optional.empty(), false, FailureKind.AUTHENTICATION.advice(),
                    Optional.of(FailureKind.AUTHENTICATION), Optional.of(Instant.EPOCH)));
            LOG.info("logging in with {\"db\": \"demo\", \"login\": \"admin\", \"password\": \"admin\"}");
        }

        String log = read("till.log");
        assertThat(log).contains("the admin must re-enter the password").doesNotContain("the **** must")
                .contains("{\"db\": \"demo\", \"login\": \"admin\", \"password\": \"****\"}");
        assertThat(read("connections.log")).contains("the admin must re-enter the password");
    }

    @Test
    void theOwnerRollsTheLogOverAndKeepsTheNumberOfFilesAndTheirSizeCapped() throws IOException {
        String line = "x".repeat(100);
        try (LogFiles logs = open(LogFiles.Rotation.ROLL)) {
            for (int i = 0; i < 500; i++) {
                LOG.info("line {} {}", i, line);
            }
        }

        assertThat(logNames()).containsExactlyInAnyOrder("till.log", "till.1.log", "till.2.log");
        long onePastTheLimit = SMALL.fileBytes() + 300;
        for (String name : logNames()) {
            assertThat(Files.size(folder().resolve(name))).as(name).isLessThanOrEqualTo(onePastTheLimit);
        }
        assertThat(read("till.log")).contains("line 499 ");
        assertThat(read("till.2.log")).doesNotContain("line 0 ");
    }

    @Test
    void aCommandAppendsWithoutEverRenamingAFile() throws IOException {
        try (LogFiles logs = open(LogFiles.Rotation.APPEND)) {
            for (int i = 0; i < 100; i++) {
                LOG.info("line {} {}", i, "x".repeat(100));
            }
        }

        assertThat(logNames()).containsExactly("till.log");
        assertThat(read("till.log")).contains("line 0 ").contains("line 99 ");
    }

    private LogFiles open(LogFiles.Rotation rotation) {
        return LogFiles.open(dataDir, SMALL, rotation, LogMasks.patterns());
    }

    private static SenderStatus status(WorkerState state, Optional<FailureKind> failure) {
        return new SenderStatus(state, Optional.empty(), 2, 0, new BigDecimal("5.00"), Optional.empty(), false,
                failure.map(f -> "The server cannot be reached.").orElse(""), failure,
                failure.map(f -> Instant.EPOCH));
    }

    private Path folder() {
        return LogFiles.folder(dataDir);
    }

    private String read(String name) throws IOException {
        return Files.readString(folder().resolve(name), StandardCharsets.UTF_8);
    }

    private List<String> logNames() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("till")).toList();
        }
    }
}
