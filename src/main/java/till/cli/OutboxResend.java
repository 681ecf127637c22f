package till.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import till.outbox.OutboxSummary;
import till.outbox.SenderStatus;
import till.store.TillStore;

/**
 * {@code till outbox resend [--timeout SECONDS] [--password-file FILE]}: sends every waiting order to the configured
 * server now, exits 0 once none waits, or 1 after the timeout saying what still waits and why. Confined to the
 * thread that runs the command line (the sender has its own).
 */
final class OutboxResend {

    private final ConfiguredServer server;

    OutboxResend(ConfiguredServer server) {
        this.server = server;
    }

    /**
     * @param timeout      seconds to wait for the last waiting order to arrive
     * @param passwordFile a file holding the password, or empty to use the kept one
     */
    int run(int timeout, Optional<Path> passwordFile, CommandContext context) throws Exception {
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
            try (SendingSession session = new SendingSession(store.outboxQueue(), connection.get().transport(),
                    clock)) {
                session.start();
                boolean done = session.awaitAllSent(Duration.ofSeconds(timeout));
                session.close();
                return report(done, store.outbox().summary(), session.status(), timeout, context);
            }
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

    private static int report(boolean done, OutboxSummary after, SenderStatus status, int timeout,
                              CommandContext context) {
        if (done) {
            context.out().println("all orders arrived" + rejectedNote(after));
            return 0;
        }
        String why = status.lastError().isEmpty() ? after.lastError() : status.lastError();
        context.err().println("till outbox resend: " + after.unsent() + " orders ("
                + money(after.unsentAmount()) + ") still wait after " + timeout + " s; the oldest was paid "
                + after.oldestUnsent().map(Object::toString).orElse("?") + ". " + (why.isEmpty() ? "" : why));
        return 1;
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
