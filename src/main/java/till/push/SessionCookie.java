package till.push;

import java.util.Optional;

/**
 * The session cookie the websocket's upgrade carries, so that the socket runs as the till's Odoo user and the server
 * can say when that session ends (close 4001). Without one the socket runs as Odoo's public user, which still gets the
 * POS channel's notifications (the channel's access token is its only protection, transcripts v18 540) but never a
 * 4001. The value is never logged. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SessionCookie {

    /** The {@code session_id} to send now, or empty. */
    Optional<String> value();

    /** No session: the socket runs as the public user. */
    static SessionCookie none() {
        return Optional::empty;
    }
}
