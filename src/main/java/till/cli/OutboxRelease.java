package till.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.RescueApprovals;
import till.store.StoreException;
import till.store.TillStore;

/**
 * {@code till outbox release-held --session ID}: the admin's decision for orders held because their POS session was
 * closed on the server: send them anyway, and Odoo files them into a rescue session (decision 0061). Records the
 * decision in {@link RescueApprovals}; the sender of the running till, or the next {@code till outbox resend}, acts
 * on it. Confined to the thread that runs the command line.
 */
final class OutboxRelease {

    /** What waits for one session, when the store could be read. */
    private record Waiting(int count, BigDecimal amount) {
    }

    int run(long session, CommandContext context) {
        Optional<Waiting> waiting;
        try {
            waiting = Optional.of(waiting(context, session));
        } catch (StoreException e) {
            // The running till holds the store; the decision file is not in the store, so it still reaches it.
            waiting = Optional.empty();
        }
        if (waiting.isPresent() && waiting.get().count() == 0) {
            context.err().println("till outbox release-held: no waiting order belongs to POS session " + session
                    + "; nothing was released (till outbox list shows the orders and their uids,"
                    + " which start with the session id).");
            return 1;
        }
        RescueApprovals approvals = new RescueApprovals(context.dataDir());
        try {
            approvals.approve(session);
        } catch (IOException e) {
            context.err().println("till outbox release-held: cannot write " + approvals.path() + ": " + e.getMessage());
            return 1;
        }
        context.out().println(waiting.map(w -> "released POS session " + session + ": " + w.count()
                + " waiting orders (" + w.amount().toPlainString() + ") go to Odoo at the next try, which files them"
                + " into a rescue session; send now with till outbox resend").orElse("released POS session " + session
                + " (the till is running, so the orders were not counted): its sender sends them at its next try,"
                + " and Odoo files them into a rescue session"));
        return 0;
    }

    private static Waiting waiting(CommandContext context, long session) {
        try (TillStore store = TillStore.open(context.dataDir(), Clock.systemUTC())) {
            List<OutboxEntry> mine = store.outbox().list().stream()
                    .filter(e -> e.state() == OutboxState.WAITING || e.state() == OutboxState.SENDING)
                    .filter(e -> sessionOf(e.uid()) == session).toList();
            return new Waiting(mine.size(), mine.stream().map(OutboxEntry::amountTotal)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** The session id at the head of a uid {@code SSSSS-LLL-NNNN}; -1 when the uid has another form. */
    static long sessionOf(String uid) {
        int dash = uid.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(uid.substring(0, dash)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
