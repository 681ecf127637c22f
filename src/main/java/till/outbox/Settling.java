package till.outbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.order.PaidOrder;

/**
 * Writes down what the server said about the sender's orders, and asks the server which orders it holds. Every state
 * the sender records goes through here, so that a write the store refuses (a full disk) stops the round as
 * {@link NotSaved} instead of passing for success, and every decision to send an order again is logged with its
 * reason. Confined to the sender thread.
 */
final class Settling {

    private static final Logger LOG = LoggerFactory.getLogger(Settling.class);

    /** The store refused to record a state: the round stops; the orders keep the state they had in the store. */
    static final class NotSaved extends RuntimeException {
        NotSaved(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * What a lookup found out.
     *
     * @param absent  the orders the server does not hold (empty when the lookup failed)
     * @param failure why the server could not be asked, if it could not
     */
    record Asked(List<PaidOrder> absent, Optional<SendFailure> failure) {
    }

    private final OutboxQueue queue;
    private final OrderTransport transport;
    private boolean touched;

    Settling(OutboxQueue queue, OrderTransport transport) {
        this.queue = queue;
        this.transport = transport;
    }

    /** The orders the answer to their send named: sent, with the server's ids where it gave them. */
    void sent(List<PaidOrder> orders, SendResult result) {
        if (orders.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        orders.forEach(o -> ids.put(o.uid(), result.serverId(o).orElse(0)));
        write(() -> queue.markSent(ids, Confirmation.ANSWER));
    }

    /**
     * Asks the server which of these orders it holds and records those as sent, found by a lookup.
     *
     * @param occasion why they are looked up, for the log
     */
    Asked lookUp(List<PaidOrder> orders, String occasion) {
        Map<String, Long> held;
        try {
            held = transport.lookUp(orders);
        } catch (SendFailure failure) {
            LOG.info("could not look up {} orders ({}): {}; they are not sent again before a lookup", orders.size(),
                    occasion, failure.getMessage());
            return new Asked(List.of(), Optional.of(failure));
        }
        Map<String, Long> found = new LinkedHashMap<>();
        orders.stream().filter(o -> held.containsKey(o.uid())).forEach(o -> found.put(o.uid(), held.get(o.uid())));
        List<PaidOrder> absent = orders.stream().filter(o -> !found.containsKey(o.uid())).toList();
        if (!found.isEmpty()) {
            write(() -> queue.markSent(found, Confirmation.LOOKUP));
        }
        LOG.info("looked up {} orders ({}): {} on the server{}", orders.size(), occasion, found.size(),
                absent.isEmpty() ? "" : ", not there: " + names(absent));
        return new Asked(absent, Optional.empty());
    }

    /** Their send may have reached the server: none is sent again before the settle time and a lookup. */
    void unknown(List<PaidOrder> orders, String why) {
        LOG.info("the outcome of sending {} is unknown ({}); they are looked up before any is sent again",
                names(orders), why);
        write(() -> queue.markUnknown(uids(orders), why));
    }

    /** Back to waiting: the sender sends them again, for this reason (logged when a lookup decided it). */
    void release(List<PaidOrder> orders, String why) {
        if (!orders.isEmpty()) {
            write(() -> queue.release(uids(orders), why));
        }
    }

    void rejected(PaidOrder order, String message) {
        write(() -> queue.markRejected(order.uid(), message));
    }

    /** Orders a crash or a failed write left sending: their sends may have reached the server. */
    int recoverInterrupted() {
        int[] recovered = new int[1];
        write(() -> recovered[0] = queue.recoverInterrupted());
        return recovered[0];
    }

    /** Makes this round's states durable, if it wrote any: a full disk shows here, before the icon turns green. */
    void persist() {
        if (touched) {
            write(queue::persist);
            touched = false;
        }
    }

    private void write(Runnable write) {
        try {
            write.run();
            touched = true;
        } catch (RuntimeException e) {
            throw new NotSaved(e);
        }
    }

    static String names(List<PaidOrder> orders) {
        String shown = orders.stream().limit(5).map(PaidOrder::name).collect(Collectors.joining(", "));
        return orders.size() <= 5 ? shown : shown + " and " + (orders.size() - 5) + " more";
    }

    private static List<String> uids(List<PaidOrder> orders) {
        return orders.stream().map(PaidOrder::uid).toList();
    }
}
