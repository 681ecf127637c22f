package till.push;

import till.odoo.PosContext;
import till.worker.Pause;

/**
 * How a {@link PushConnection} reaches the server's bus once it is logged in: one implementation per kind of bus, long
 * polling for Odoo 10-15 ({@link LongPollingTransport}) today, the Odoo 16+ websocket next. A transport runs in rounds
 * on the connection's worker thread: one long poll per round, or for a websocket one session from the upgrade to its
 * close. It tells what it learns through the {@link PushEvents} it was made with; a failure it expects (the network,
 * the server) is an event and a back-off {@link Pause}, anything else is thrown. Once closed it is never used again:
 * after a failure the connection makes a new one. {@link #round} runs on the worker thread; {@link #reconnectNow} and
 * {@link #close} come from any thread and never block. Implementations are thread-safe.
 */
public interface PushTransport {

    /** Makes the transport for the POS the connection logged in to. */
    @FunctionalInterface
    interface Factory {
        PushTransport create(PosContext pos, PushEvents events);
    }

    /**
     * One round: the first opens the channel (a hello, a handshake), later ones run it (a poll; a websocket session
     * until it closes), handing notifications to their handlers on the way.
     *
     * @return how long the connection waits before the next round: none after a success, a back-off after a failure
     *     ({@link Pause#backOff}: a click during the failed round has already been turned into no pause)
     */
    Pause round() throws Exception;

    /**
     * The cashier's click: cut the call in flight or the back-off short and connect again now (with a PING where the
     * server has {@code pos_longpolling}); the connection wakes its worker and shows the rotation.
     */
    void reconnectNow();

    /**
     * The transport is done (the connection stops, or starts again after a failure): cancels its calls in flight and
     * its timers; a round in flight returns at once and tells nothing more. Idempotent.
     */
    void close();
}
