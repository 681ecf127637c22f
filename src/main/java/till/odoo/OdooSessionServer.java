package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import till.session.ClosingException;
import till.session.ClosingRequest;
import till.session.OpeningRequest;
import till.session.ServerSession;
import till.session.SessionServer;

/**
 * Reads, closes and opens POS sessions on a real Odoo with the calls of the server's version
 * ({@link VersionProfile#closing}, {@link VersionProfile#opening}), logging in first when needed. Odoo's failures become a
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
            profile.closing().close(client, login.context(), cashControl(), request);
        } catch (OdooException e) {
            throw closing(e);
        }
    }

    @Override
    public Optional<ServerSession> current() throws ClosingException {
        try {
            login();
            Optional<PosSession> found = PosSessions.open(client, configId);
            return found.isEmpty() ? Optional.empty() : Optional.of(session(found.get().id()));
        } catch (OdooException e) {
            throw failure(e, "read", "read");
        }
    }

    @Override
    public void create() throws ClosingException {
        try {
            Login login = login();
            VersionProfile.of(login.serverVersion()).opening().create(client, login.context(), configId);
        } catch (OdooException e) {
            throw opening(e);
        }
    }

    @Override
    public void open(OpeningRequest request) throws ClosingException {
        try {
            Login login = login();
            VersionProfile profile = VersionProfile.of(login.serverVersion());
            profile.opening().open(client, login.context(), cashControl(), request.sessionId(),
                    request.countedCash(), request.note());
        } catch (OdooException e) {
            throw opening(e);
        }
    }

    private boolean cashControl() throws OdooException {
        return client.read("pos.config", List.of(configId), List.of("cash_control")).path(0).path("cash_control")
                .asBoolean(false);
    }

    private Login login() throws OdooException {
        return client.login().isPresent() ? client.login().get() : client.authenticate(credentials);
    }

    /** A refusal keeps the server's words; a passing failure says to try again; anything else is the setup's. */
    private static ClosingException closing(OdooException e) {
        return failure(e, "close", "closed");
    }

    private static ClosingException opening(OdooException e) {
        return failure(e, "open", "opened");
    }

    private static ClosingException failure(OdooException e, String verb, String done) {
        return switch (e.kind()) {
            case REJECTED -> new ClosingException(ClosingException.Kind.REFUSED, "The server did not " + verb
                    + " the session: " + e.serverMessage().orElse(e.getMessage()), e);
            case RETRYABLE, SESSION_EXPIRED -> new ClosingException(ClosingException.Kind.UNREACHABLE, e.getMessage()
                    + " The session is not " + done + "; try again.", e);
            case AUTHENTICATION, MISCONFIGURED -> new ClosingException(ClosingException.Kind.MISCONFIGURED,
                    e.getMessage(), e);
        };
    }
}
