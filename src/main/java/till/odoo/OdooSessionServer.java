package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import till.session.ClosingException;
import till.session.ClosingRequest;
import till.session.ServerSession;
import till.session.SessionServer;

/**
 * Reads and closes a POS session on a real Odoo with the calls of the server's version
 * ({@link VersionProfile#closing}), logging in first when needed. Odoo's failures become a
 * {@link ClosingException}: a refusal keeps the server's words. Thread-safe.
 */
public final class OdooSessionServer implements SessionServer {

    private final JsonRpcOdooClient client;
    private final Credentials credentials;
    private final long configId;

    public OdooSessionServer(JsonRpcOdooClient client, Credentials credentials, long configId) {
        this.client = client;
        this.credentials = credentials;
        this.configId = configId;
    }

    /** A session server for this address, logging in with these credentials on its first call. */
    public static OdooSessionServer connecting(URI server, Credentials credentials, long configId) {
        return new OdooSessionServer(new JsonRpcOdooClient(JsonRpcClient.create(server)), credentials, configId);
    }

    @Override
    public ServerSession session(long sessionId) throws ClosingException {
        try {
            login();
            // Every field: cash_register_balance_start is on every version's model, but a server that leaves it out
            // of a named list (a stripped or customised model) must not stop the close.
            ArrayNode found = client.read("pos.session", List.of(sessionId), List.of());
            JsonNode s = found.path(0);
            BigDecimal opening = s.path("cash_register_balance_start").isNumber()
                    ? s.get("cash_register_balance_start").decimalValue() : BigDecimal.ZERO;
            return new ServerSession(sessionId, s.path("name").asText("#" + sessionId), s.path("state").asText(),
                    opening);
        } catch (OdooException e) {
            throw closing(e);
        }
    }

    @Override
    public void close(ClosingRequest request) throws ClosingException {
        try {
            Login login = login();
            VersionProfile profile = VersionProfile.of(login.serverVersion());
            JsonNode config = client.read("pos.config", List.of(configId), List.of("cash_control")).path(0);
            profile.closing().close(client, login.context(), config.path("cash_control").asBoolean(false), request);
        } catch (OdooException e) {
            throw closing(e);
        }
    }

    private Login login() throws OdooException {
        return client.login().isPresent() ? client.login().get() : client.authenticate(credentials);
    }

    /** A refusal keeps the server's words; a passing failure says to try again; anything else is the setup's. */
    private static ClosingException closing(OdooException e) {
        return switch (e.kind()) {
            case REJECTED -> new ClosingException(ClosingException.Kind.REFUSED, "The server did not close the"
                    + " session: " + e.serverMessage().orElse(e.getMessage()), e);
            case RETRYABLE, SESSION_EXPIRED -> new ClosingException(ClosingException.Kind.UNREACHABLE, e.getMessage()
                    + " The session is not closed; try again.", e);
            case AUTHENTICATION, MISCONFIGURED -> new ClosingException(ClosingException.Kind.MISCONFIGURED,
                    e.getMessage(), e);
        };
    }
}
