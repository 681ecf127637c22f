package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order transport's POS facts: logs in on first use, reads what the payload needs from the POS configuration with
 * the profile of the version the login met, and keeps it. After a login the client made by itself (an expired
 * session), or after {@link #forget()}, it looks at the version again: a server upgraded under the till gets its new
 * profile (the till says so) and never a payload of the old one. Thread-safe.
 */
final class LoggedInPos implements OdooOrderTransport.PosContextSource {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedInPos.class);

    private final JsonRpcOdooClient client;
    private final Credentials credentials;
    private final long configId;
    private PosContext context;
    private Login contextLogin;

    LoggedInPos(JsonRpcOdooClient client, Credentials credentials, long configId) {
        this.client = client;
        this.credentials = credentials;
        this.configId = configId;
    }

    @Override
    public synchronized PosContext get() throws OdooException {
        Optional<Login> current = client.login();
        Login login = context != null && current.isPresent() ? current.get() : client.authenticate(credentials);
        if (context != null && login == contextLogin) {
            return context;
        }
        VersionProfile profile = VersionProfile.of(login.serverVersion());
        if (context != null && context.profile() != profile) {
            LOG.warn("the server now runs Odoo {} (it ran Odoo {}): orders go in the form Odoo {} takes from now on",
                    login.serverVersion().text(), contextLogin.serverVersion().text(), profile.major());
        }
        if (context == null || context.profile() != profile) {
            context = read(profile, login);
        }
        contextLogin = login;
        return context;
    }

    /** The next {@link #get()} logs in again and reads the version and the POS afresh. */
    @Override
    public synchronized void forget() {
        context = null;
        contextLogin = null;
    }

    private PosContext read(VersionProfile profile, Login login) throws OdooException {
        JsonNode config = PosConfigs.read(client, configId);
        long session = client.openSession(configId).map(PosSession::id).orElse(0L);
        // The login number is not part of a resent order (its uid already holds it), so no pos.session.login call
        // here: that would count a till start on the server.
        return new PosContext(profile, credentials.database(), configId, session, 0, login.uid(),
                PosData.optionalId(config.path("pricelist_id")), Optional.empty(), Optional.empty(), "",
                login.websocketVersion());
    }
}
