package till.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import till.outbox.OutboxEntry;
import till.outbox.OutboxState;
import till.outbox.RetryRequestFile;
import till.store.StoreException;
import till.store.TillStore;

/**
 * {@code till outbox retry-rejected [--uid UID]}: puts the orders the server refused (or the one given) back to
 * waiting, as the outbox panel's "retry" does. With the till closed it changes the store at once; while a till runs on
 * the data directory (the store is locked) it writes the request to {@link RetryRequestFile}, which that till's sender
 * takes at its next try. Confined to the thread that runs the command line.
 */
final class OutboxRetry {

    /** The rejected orders that the request covers, when the store could be read. */
    private record Rejected(int count, BigDecimal amount) {
    }

    int run(Optional<String> uid, CommandContext context) {
        try (TillStore store = TillStore.open(context.dataDir(), Clock.systemUTC())) {
            return retryNow(store, uid, context);
        } catch (StoreException e) {
            return request(uid, e, context);
        }
    }

    private static int retryNow(TillStore store, Optional<String> uid, CommandContext context) {
        Rejected rejected = rejected(store.outbox().list(), uid);
        if (rejected.count() == 0) {
            context.err().println("till outbox retry-rejected: " + uid.map(u -> "order " + u + " is not a rejected"
                    + " order").orElse("no order is rejected") + "; nothing to send again (till outbox list shows"
                    + " every order and its state).");
            return 1;
        }
        int again = store.outboxQueue().retryRejected(uid.orElse(null));
        context.out().println(again + " rejected orders (" + OutboxResend.money(rejected.amount()) + ") wait to be"
                + " sent again: the till sends them at its next start, or now with till outbox resend");
        return 0;
    }

    /** The store is locked by a running till (or cannot be opened): leave the request for that till's sender. */
    private static int request(Optional<String> uid, StoreException why, CommandContext context) {
        RetryRequestFile requests = new RetryRequestFile(context.dataDir());
        try {
            requests.request(uid);
        } catch (IOException e) {
            context.err().println("till outbox retry-rejected: the store cannot be opened (" + why.getMessage()
                    + ") and " + requests.path() + " cannot be written: " + e.getMessage());
            return 1;
        }
        context.out().println("the store cannot be opened (" + why.getMessage() + "), so "
                + uid.map(u -> "order " + u).orElse("every rejected order") + " was not counted: the request is in "
                + requests.path() + ", and a till running on this data directory sends "
                + uid.map(u -> "it").orElse("them") + " again at its next try (within a minute)");
        return 0;
    }

    private static Rejected rejected(List<OutboxEntry> entries, Optional<String> uid) {
        List<OutboxEntry> mine = entries.stream().filter(e -> e.state() == OutboxState.REJECTED)
                .filter(e -> uid.isEmpty() || uid.get().equals(e.uid())).toList();
        return new Rejected(mine.size(), mine.stream().map(OutboxEntry::amountTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
