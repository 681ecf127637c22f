package till.odoo;

import java.net.URI;
import java.util.List;
import till.session.ServerOrder;
import till.session.ServerOrders;
import till.session.ServerSearchException;

/**
 * Searches the paid orders of this till's POS configuration on a real Odoo with the calls of the server's version
 * ({@link VersionProfile#orderSearch}), logging in first when needed. Odoo's failures become a
 * {@link ServerSearchException} in words for the cashier. Thread-safe.
 */
public final class OdooServerOrders implements ServerOrders {

    private final JsonRpcOdooClient client;
    private final Credentials credentials;
    private final long configId;

    public OdooServerOrders(JsonRpcOdooClient client, Credentials credentials, long configId) {
        this.client = client;
        this.credentials = credentials;
        this.configId = configId;
    }

    /** A search for this address, logging in with these credentials on its first call. */
    public static OdooServerOrders connecting(URI server, Credentials credentials, long configId) {
        return new OdooServerOrders(new JsonRpcOdooClient(JsonRpcClient.create(server)), credentials, configId);
    }

    @Override
    public List<ServerOrder> search(String text, int limit) throws ServerSearchException {
        try {
            Login login = client.login().isPresent() ? client.login().get() : client.authenticate(credentials);
            VersionProfile profile = VersionProfile.of(login.serverVersion());
            return profile.orderSearch().search(client, login.context(), configId, text, limit);
        } catch (OdooException e) {
            throw new ServerSearchException(words(e), e);
        }
    }

    /** Why the search did not happen, and whether trying again can help. */
    private static String words(OdooException e) {
        return switch (e.kind()) {
            case RETRYABLE, SESSION_EXPIRED -> "The server cannot be reached: " + e.getMessage()
                    + " The orders of this session are listed from the till; try the server again later.";
            case REJECTED -> "The server refused the search: " + e.serverMessage().orElse(e.getMessage());
            case AUTHENTICATION, MISCONFIGURED -> "The server cannot be searched: " + e.getMessage();
        };
    }
}
