package till.push;

/**
 * What a {@link PushTransport} tells the {@link PushConnection} it runs for, in the terms of the longpolling icon; the
 * connection's one {@link ConnectionStateMachine} turns them into the icon's state. Events of a transport the
 * connection has already dropped (closed, or replaced after a failure) are ignored. Implementations are thread-safe:
 * timers and a transport's own threads call them too.
 */
public interface PushEvents {

    /**
     * The server answered an ordinary request (a hello, a PING), but nothing proves yet that it can push: orange,
     * unless the icon is green already or a reconnect still runs ({@code is_online} with {@code waiting_poll_response}
     * unchanged, protocol §8.4).
     */
    void answered(BusCause cause);

    /**
     * A connection is being opened: a websocket's TCP, TLS, upgrade and subscribe are in flight (rotating), unless the
     * icon is red: an automatic retry after a failure keeps the failure and its cause on show.
     */
    void connecting(BusCause cause);

    /**
     * The connection is open but does not prove it can push: an open websocket has not answered within its window, or
     * Till polls {@code /websocket/peek_notifications} because the upgrade is stripped (orange, also from green).
     */
    void silent(BusCause cause);

    /** The server can push to this till: a poll completed, the PONG came, a websocket is subscribed (green). */
    void alive(BusCause cause);

    /** No connection: a call failed, no PONG came in time, the socket closed (red, with why and what to do). */
    void lost(BusCause cause);

    /**
     * Something unexpected failed on a thread other than the connection's worker (a timer, a socket's reader): the
     * connection fails as if its worker had thrown it (logged with its stack, red, started again after a back-off).
     */
    void unexpected(Throwable failure);
}
