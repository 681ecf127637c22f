package till.odoo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who the server logged in, from the {@code session_info} that {@code /web/session/authenticate} returns. Immutable
 * (the context is a private copy; {@link #context()} hands out another copy).
 *
 * @param uid       the user id ({@code uid}), the order's {@code user_id}
 * @param companyId the user's current company ({@code company_id})
 * @param userName  the user's display name ({@code name})
 */
public record Login(String database, long uid, long companyId, String userName, ObjectNode userContext) {

    public Login {
        userContext = userContext.deepCopy();
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
