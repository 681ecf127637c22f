package till.push;

import till.odoo.JsonRpcClient;

/**
 * The websocket bus of one server and how the till reaches it. Immutable.
 *
 * @param endpoint where the websocket is and what to subscribe to
 * @param database the database, which with the push address keys the saved {@code last} (as for long polling)
 * @param dialer   opens the websocket
 * @param polling  the client on the push address and the till's session, for {@code peek_notifications} when the
 *                 upgrade is stripped
 */
public record WebsocketBus(WebsocketEndpoint endpoint, String database, WebsocketDialer dialer,
                           JsonRpcClient polling) {

    /** The key of this server's saved {@code last}: the push address and the database. */
    String cursorKey() {
        return endpoint.pushServer() + "|" + database;
    }
}
