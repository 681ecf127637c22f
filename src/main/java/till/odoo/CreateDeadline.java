package till.odoo;

import java.time.Duration;
import java.util.function.IntFunction;

/**
 * The deadline of a {@code create_from_ui} call, sized from the server's measured pace so that a slow server is not
 * taken for a dead one: {@value #MARGIN} times the seconds per order this server took lately, for the batch, never
 * under the web POS's 30 s and never over the cap (the server's request time limit plus a little: past it Odoo has
 * killed the call, and waiting longer learns nothing). Before the first measurement: 30 s plus 1 s per order, within
 * the cap. Thread-safe.
 */
public final class CreateDeadline implements IntFunction<Duration> {

    /** The web POS gives a call 30 s per order; one call of Till never less. */
    public static final Duration FLOOR = Duration.ofSeconds(30);
    /** The cap above the server's request time limit: its error answer (or a proxy's) still comes through. */
    public static final Duration OVER_THE_LIMIT = Duration.ofSeconds(10);
    private static final int MARGIN = 4;

    private final Duration cap;
    private double secondsPerOrder = -1;

    /** @param serverLimit the server's request time limit (Odoo's {@code limit_time_real}, the sender's settle) */
    public CreateDeadline(Duration serverLimit) {
        Duration capped = serverLimit.plus(OVER_THE_LIMIT);
        this.cap = capped.compareTo(FLOOR) < 0 ? FLOOR : capped;
    }

    @Override
    public synchronized Duration apply(int orders) {
        Duration wanted = secondsPerOrder < 0 ? OdooClient.createFromUiTimeout(orders)
                : Duration.ofMillis((long) (MARGIN * secondsPerOrder * orders * 1000));
        if (wanted.compareTo(FLOOR) < 0) {
            return FLOOR;
        }
        return wanted.compareTo(cap) > 0 ? cap : wanted;
    }

    /** A call of {@code orders} orders was answered after {@code took}. */
    public synchronized void record(int orders, Duration took) {
        if (orders <= 0) {
            return;
        }
        double pace = took.toNanos() / 1e9 / orders;
        // A slower call counts at once; a faster one only by a third, so one quick call does not cut the deadline of
        // a server that is slow now and then.
        secondsPerOrder = secondsPerOrder < 0 || pace > secondsPerOrder ? pace : secondsPerOrder * 2 / 3 + pace / 3;
    }
}
