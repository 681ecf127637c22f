package till.push;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Tells a long poll the server held from one that something answered at once with nothing (decision 0152). Odoo holds
 * a poll up to 50 s and answers early only with notifications, so a poll that comes back empty in less than a
 * twentieth of its timeout, {@link #IN_A_ROW} times in a row, proves nothing: the server or a proxy in front of it
 * does not hold the long poll, and polling again at once would spin a core (3 779 polls/s were seen). Peek polls
 * answer at once by design and do not count; a failed poll tells nothing either way. Durations come from a monotonic
 * ticker, not from the wall clock that tests stand still. Confined to the push connection's worker thread.
 */
final class QuickEmptyPolls {

    /** How many quick empty polls in a row make the long poll broken: one or two can be a server restarting. */
    static final int IN_A_ROW = 3;
    /** A poll back sooner than its timeout divided by this was not held (60 s: 3 s; Odoo holds 50 s). */
    static final int FRACTION = 20;

    /** What a completed poll says about the long poll. */
    enum Verdict {
        /** Held, or it brought notifications: the long poll works (as far as this poll tells). */
        HELD,
        /** Quick and empty, not yet often enough to tell. */
        QUICK,
        /** Quick and empty once too often: the long poll is broken from this poll on. */
        BROKEN,
        /** Still broken: quick and empty again. */
        STILL_BROKEN,
        /** Held (or with notifications) again after it was broken. */
        MENDED
    }

    private final LongSupplier nanoTime;
    private int inARow;
    private boolean broken;
    private long lastMillis;

    /** @param nanoTime a monotonic ticker ({@code System::nanoTime}) */
    QuickEmptyPolls(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The tick a poll starts at, for {@link #completed}. */
    long start() {
        return nanoTime.getAsLong();
    }

    /**
     * A poll started at {@code startTick} with {@code timeout} came back.
     *
     * @param peek  whether it was a peek (answered at once by design: not counted)
     * @param empty whether it brought no notification
     */
    Verdict completed(long startTick, Duration timeout, boolean peek, boolean empty) {
        if (peek) {
            return broken ? Verdict.STILL_BROKEN : Verdict.HELD;
        }
        long nanos = nanoTime.getAsLong() - startTick;
        lastMillis = nanos / 1_000_000;
        if (!empty || nanos >= timeout.toNanos() / FRACTION) {
            inARow = 0;
            boolean wasBroken = broken;
            broken = false;
            return wasBroken ? Verdict.MENDED : Verdict.HELD;
        }
        inARow++;
        if (broken) {
            return Verdict.STILL_BROKEN;
        }
        broken = inARow >= IN_A_ROW;
        return broken ? Verdict.BROKEN : Verdict.QUICK;
    }

    /** How many quick empty polls came in a row. */
    int inARow() {
        return inARow;
    }

    /** How long the last counted poll took, in milliseconds. */
    long lastMillis() {
        return lastMillis;
    }

    /** What the icon says while the long poll is broken: the same words red (the failure) and orange (the state). */
    static BusCause cause(BusCause.Kind kind, int polls) {
        return new BusCause(kind, "The server answers the long poll at once with nothing (" + polls + " times in a"
                + " row), so it cannot push: something does not hold /longpolling/poll the way Odoo does (up to 50 s).",
                "Check the proxy in front of Odoo: /longpolling must reach Odoo's long-polling port (8072 by default)"
                + " and must not be answered or cached by the proxy itself. Till waits a few seconds between polls"
                + " meanwhile, so notifications arrive late.").withFigure(polls);
    }
}
