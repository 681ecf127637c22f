package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What Till asks of an Odoo server: discovery, login and the POS calls. Every method blocks on the network (never
 * call it on the JavaFX thread) and fails with a classified {@link OdooException}. After {@link #authenticate}, an
 * expired session (code 100) is logged in again and the call retried once, without the caller noticing.
 * Implementations are thread-safe.
 */
public interface OdooClient {

    /** Ordinary calls give up after this long. */
    Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    /** {@code /web/webclient/version_info}, no login needed. */
    ServerVersion version() throws OdooException;

    /** {@code /web/database/list}; empty when the server hides its list (then the admin must type the name). */
    Optional<List<String>> databases() throws OdooException;

    /**
     * Logs in and remembers the credentials in memory for transparent re-login.
     *
     * @throws OdooException {@link OdooException.Kind#AUTHENTICATION} for a wrong login, password or database
     */
    Login authenticate(Credentials credentials) throws OdooException;

    /** {@code /web/dataset/call_kw/<model>/<method>} with {@code args} and {@code kwargs}; needs a login. */
    JsonNode callKw(String model, String method, ArrayNode args, ObjectNode kwargs, Duration timeout)
            throws OdooException;

    /**
     * {@code search_read} with the login's context.
     *
     * @param fields the field names; empty means every field
     * @param order  Odoo's {@code order} clause, or empty for the model's default
     * @param limit  at most this many records, 0 for all
     */
    ArrayNode searchRead(String model, ArrayNode domain, List<String> fields, String order, int limit)
            throws OdooException;

    /** {@code read} of these ids with the login's context; a missing id fails as REJECTED (MissingError). */
    ArrayNode read(String model, List<Long> ids, List<String> fields) throws OdooException;

    /** The open (or opening) non-rescue session of a POS config, as the web POS finds it; empty when none. */
    Optional<PosSession> openSession(long configId) throws OdooException;

    /**
     * {@code pos.session.login}: counts one more start of a till on the session and returns its login number (an int
     * up to 17, a numeric string from a sequence on 18, transcripts 205).
     */
    int loginToSession(long sessionId) throws OdooException;

    /**
     * {@code pos.order.create_from_ui(orders, draft=false)}. Safe to resend after a timeout: the server skips an
     * order whose name it already stored (with {@code server_id: false} in the data), and then leaves it out of the
     * result. The result is in descending id order, not request order: match it by {@code pos_reference}.
     *
     * @param orders the elements {@code {id, to_invoice, data}}, as {@link OrderPayloads} builds them
     */
    List<CreatedOrder> createFromUi(List<ObjectNode> orders) throws OdooException;

    /**
     * {@code pos.order.sync_from_ui(orders)} (18): flat order dicts, de-duplicated by their {@code uuid}; the answer
     * is a dict of records per model ({@code pos.order}, {@code pos.payment}, ...), read by {@link SyncFromUiOrders}.
     * Runs with the login's context plus {@code extraContext} ({@code config_id}, {@code login_number}, as the 18 web
     * POS adds them) and the deadline of {@link #createFromUiTimeout}.
     */
    JsonNode syncFromUi(List<ObjectNode> orders, ObjectNode extraContext) throws OdooException;

    /** The deadline the order calls use for a batch of this many orders: 30 s plus 1 s per order. */
    static Duration createFromUiTimeout(int orders) {
        return Duration.ofSeconds(30).plusSeconds(orders);
    }
}
