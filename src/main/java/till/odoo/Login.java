package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who the server logged in, from the {@code session_info} that {@code /web/session/authenticate} returns, and which
 * server it was: the version it said just before this login, so that a server upgraded under a running till is
 * noticed at its next login. Immutable (the context is a private copy; {@link #context()} hands out another copy).
 *
 * @param uid              the user id ({@code uid}), the order's {@code user_id}
 * @param companyId        the user's current company ({@code company_id})
 * @param userName         the user's display name ({@code name})
 * @param serverVersion    what {@code version_info} said right before this login
 * @param websocketVersion {@code session_info.websocket_worker_version} (16+: the {@code ?version=} of the websocket
 *                         URL), or empty where the server has none (14, 15)
 */
public record Login(String database, long uid, long companyId, String userName, ObjectNode userContext,
                    ServerVersion serverVersion, String websocketVersion) {

    public Login {
        userContext = userContext.deepCopy();
        websocketVersion = websocketVersion == null ? "" : websocketVersion;
    }

    /**
     * The {@code kwargs.context} the web POS sends with model calls: the {@code user_context} plus
     * {@code allowed_company_ids: [company]}, as the {@code /pos/web} controller adds it.
     */
    public ObjectNode context() {
        ObjectNode context = userContext.deepCopy();
        context.putArray("allowed_company_ids").add(companyId);
        return context;
    }

    @Override
    public ObjectNode userContext() {
        return userContext.deepCopy();
    }
}
