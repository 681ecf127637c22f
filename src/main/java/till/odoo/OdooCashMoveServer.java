package till.odoo;

import java.net.URI;
import till.session.CashMove;
import till.session.CashMoveException;
import till.session.CashMoveServer;

/**
 * Sends and finds cash moves on a real Odoo with the calls of the server's version ({@link VersionProfile#cashMoves}),
 * logging in first when needed. Odoo's failures become a {@link CashMoveException}: a call whose request went out
 * without an answer is of unknown outcome, never "not sent". Thread-safe.
 */
public final class OdooCashMoveServer implements CashMoveServer {

    private final JsonRpcOdooClient client;
    private final Credentials credentials;

    public OdooCashMoveServer(JsonRpcOdooClient client, Credentials credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    /** A cash-move server for this address, logging in with these credentials on its first call. */
    public static OdooCashMoveServer connecting(URI server, Credentials credentials) {
        return new OdooCashMoveServer(new JsonRpcOdooClient(JsonRpcClient.create(server)), credentials);
    }

    @Override
    public void send(CashMove move) throws CashMoveException {
        Login login;
        try {
            login = login();
        } catch (OdooException e) {
            throw new CashMoveException(CashMoveException.Kind.NOT_SENT, e.getMessage(), e);
        }
        try {
            VersionProfile.of(login.serverVersion()).cashMoves().send(client, login.context(), move);
        } catch (OdooException e) {
            throw classify(e);
        }
    }

    @Override
    public boolean holds(CashMove move) throws CashMoveException {
        try {
            login();
            return StatementLineLookup.holds(client, move);
        } catch (OdooException e) {
            throw new CashMoveException(CashMoveException.Kind.NOT_SENT, "The cash move could not be looked up on"
                    + " the server: " + e.getMessage(), e);
        }
    }

    private Login login() throws OdooException {
        return client.login().isPresent() ? client.login().get() : client.authenticate(credentials);
    }

    /** The rules, one line each: what the server said, or whether the request may have reached it. */
    private static CashMoveException classify(OdooException e) {
        if (e.kind() == OdooException.Kind.REJECTED) {
            // The server answered: nothing was booked (Odoo rolls the transaction back), in its words.
            return new CashMoveException(CashMoveException.Kind.REJECTED, e.serverMessage().orElse(e.getMessage()),
                    e);
        }
        if (e.requestWritten() && e.kind() == OdooException.Kind.RETRYABLE) {
            // Sent without a complete answer: it may be booked; look it up before any resend.
            return new CashMoveException(CashMoveException.Kind.OUTCOME_UNKNOWN, e.getMessage(), e);
        }
        // Never reached the server (refused, DNS, login), or answered without booking (expired, misconfigured).
        return new CashMoveException(CashMoveException.Kind.NOT_SENT, e.getMessage(), e);
    }
}
