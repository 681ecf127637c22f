package till.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;
import till.outbox.FailureKind;
import till.outbox.OutboxQueue;
import till.outbox.OutboxSummary;
import till.outbox.SenderOptions;
import till.outbox.SenderStatus;
import till.store.TillStore;

/**
 * {@code till outbox resend [--timeout SECONDS] [--password-file FILE]}: sends every waiting order to the configured
 * server now, exits 0 once none waits, or 1 after the timeout saying what still waits and why. The timeout bounds the
 * whole command: at the deadline the call in flight is cancelled and the sender stopped (decision 0164). It exits 1
 * as well when the store would not save what the server said. Confined to the thread that runs the command line (the
 * sender has its own).
 */
final class OutboxResend {

    /** How long the sender may take to end once its call is cancelled at the deadline. */
    static final Duration STOP_BOUND = Duration.ofSeconds(2);
    private static final DateTimeFormatter HH_MM_UTC = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ConfiguredServer server;
    private final UnaryOperator<OutboxQueue> queues;

    OutboxResend(ConfiguredServer server) {
        this(server, UnaryOperator.identity());
    }

    /** @param queues wraps the store's queue (tests: a disk that fills up) */
    OutboxResend(ConfiguredServer server, UnaryOperator<OutboxQueue> queues) {
        this.server = server;
        this.queues = queues;
    }

    /**
     * @param timeout      seconds the whole command may take, from its start to its answer (plus the stop bound)
     * @param passwordFile a file holding the password, or empty to use the kept one
     */
    int run(int timeout, Optional<Path> passwordFile, CommandContext context) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeout).toNanos();
        PrintStream out = context.out();
        Clock clock = Clock.systemUTC();
        try (TillStore store = TillStore.open(context.dataDir(), clock)) {
            OutboxSummary before = store.outbox().summary();
            if (before.unsent() == 0) {
                out.println("no order waits" + rejectedNote(before));
                return 0;
            }
            Optional<ConfiguredServer.Connection> connection = connect(context, passwordFile);
            if (connection.isEmpty()) {
                return 1;
            }
            out.println("sending " + before.unsent() + " waiting orders (" + money(before.unsentAmount())
                    + ") to " + connection.get().address());
            OutboxQueue queue = queues.apply(store.outboxQueue());
            SendingSession session = new SendingSession(queue, connection.get().transport(), clock,
                    SenderOptions.defaults().withSettle(connection.get().settle()));
            boolean done;
            try {
                session.start();
                done = session.awaitAllSent(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            } finally {
                session.stop(STOP_BOUND);
            }
            return report(done, queue, store.outbox().summary(), session.status(), timeout, context,
                    connection.get().settle());
        }
    }

    private Optional<ConfiguredServer.Connection> connect(CommandContext context, Optional<Path> passwordFile) {
        try {
            Optional<ConfiguredServer.Connection> connection = server.connect(context.dataDir(), passwordFile);
            if (connection.isEmpty()) {
                context.err().println("till outbox resend: no server is configured for " + context.dataDir()
                        + ": run till setup first");
            }
            return connection;
        } catch (ConfiguredServer.Unusable e) {
            context.err().println("till outbox resend: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static int report(boolean done, OutboxQueue queue, OutboxSummary after, SenderStatus status, int timeout,
                              CommandContext context, Duration settle) {
        if (status.lastFailure().equals(Optional.of(FailureKind.STORE_FAILED))) {
            context.err().println("till outbox resend: " + status.lastError() + " " + after.unsent() + " orders ("
                    + money(after.unsentAmount()) + ") are not confirmed on this till.");
            return 1;
        }
        if (done) {
            try {
                // Said only once the marks are on the disk: a full disk must not pass for "arrived".
                queue.persist();
            } catch (RuntimeException e) {
                context.err().println("till outbox resend: the orders reached the server, but the till could not"
                        + " save that: " + e.getMessage() + " They are checked with the server before any is sent"
                        + " again.");
                return 1;
            }
            context.out().println("all orders arrived" + rejectedNote(after));
            return 0;
        }
        String why = status.lastError().isEmpty() ? after.lastError() : status.lastError();
        context.err().println("till outbox resend: " + after.unsent() + " orders ("
                + money(after.unsentAmount()) + ") still wait after " + timeout + " s; the oldest was paid "
                + after.oldestUnsent().map(Object::toString).orElse("?") + ". " + (why.isEmpty() ? "" : why)
                + unknownNote(after, settle));
        return 1;
    }

    /** Orders of unknown outcome wait for a lookup, not for the network: say so, and when. */
    private static String unknownNote(OutboxSummary after, Duration settle) {
        if (after.unknown() == 0) {
            return "";
        }
        return " " + after.unknown() + " of them may already be on the server: the till looks them up"
                + after.unknownSince().map(t -> " from " + HH_MM_UTC.format(t.plus(settle))).orElse("")
                + " (after the server's request time limit) before sending any of them again.";
    }

    /** The store sums with 8 decimals; show at least cents and no trailing zeros beyond. */
    static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    private static String rejectedNote(OutboxSummary summary) {
        return summary.rejected() == 0 ? "" : "; " + summary.rejected()
                + " rejected orders wait for a person (till outbox list)";
    }
}
