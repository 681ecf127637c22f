package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OdooClient} over {@link JsonRpcClient}: the routes and argument shapes of the web POS, and the transparent
 * re-login on an expired session (which refuses to retry a call when the server's major version changed meanwhile).
 * The password stays in memory only. Another thread can cut its calls short through the {@link InFlightCalls} it was
 * made with. Thread-safe: a re-login is serialised, and a call that
 * raced with another thread's re-login just retries with the new session.
 */
public final class JsonRpcOdooClient implements OdooClient {

    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcOdooClient.class);
    /**
     * The {@code call_kw} methods that only read, which OkHttp may send a second time by itself on a broken
     * connection; every other method may change data and goes out at most once per call (docs/decisions/0160).
     */
    private static final Set<String> READ_ONLY = Set.of("search_read", "read", "search", "search_count",
            "fields_get", "name_get", "read_group", "load_pos_data", "load_data", "search_paid_order_ids",
            "export_for_ui");

    private final JsonRpcClient rpc;
    private final IntFunction<Duration> createTimeout;
    private final InFlightCalls calls;
    private final Object loginLock = new Object();
    private Credentials credentials;
    private Login login;
    private long loginGeneration;

    public JsonRpcOdooClient(JsonRpcClient rpc) {
        this(rpc, OdooClient::createFromUiTimeout);
    }

    /** @param createTimeout the deadline of a {@code create_from_ui} call for a batch of n orders (tests shorten it) */
    public JsonRpcOdooClient(JsonRpcClient rpc, IntFunction<Duration> createTimeout) {
        this(rpc, createTimeout, new InFlightCalls());
    }

    /**
     * @param calls every call of this client runs under it, so that another thread can cancel them (the order
     *              transport's stop: its client is its own)
     */
    public JsonRpcOdooClient(JsonRpcClient rpc, IntFunction<Duration> createTimeout, InFlightCalls calls) {
        this.rpc = rpc;
        this.createTimeout = createTimeout;
        this.calls = calls;
    }

    public JsonRpcClient rpc() {
        return rpc;
    }

    @Override
    public ServerVersion version() throws OdooException {
        return ServerVersion.parse(call("/web/webclient/version_info", params(), CALL_TIMEOUT));
    }

    @Override
    public Optional<List<String>> databases() throws OdooException {
        try {
            JsonNode result = call("/web/database/list", params(), CALL_TIMEOUT);
            List<String> names = new ArrayList<>();
            result.forEach(n -> names.add(n.asText()));
            return Optional.of(List.copyOf(names));
        } catch (OdooException e) {
            if (e.kind() == OdooException.Kind.AUTHENTICATION) {
                LOG.debug("the server hides its database list: the database name must be typed");
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Login authenticate(Credentials newCredentials) throws OdooException {
        synchronized (loginLock) {
            Login fresh = logIn(newCredentials);
            credentials = newCredentials;
            login = fresh;
            loginGeneration++;
            return fresh;
        }
    }

    /** The current login, if {@link #authenticate} succeeded. */
    public Optional<Login> login() {
        synchronized (loginLock) {
            return Optional.ofNullable(login);
        }
    }

    @Override
    public JsonNode callKw(String model, String method, ArrayNode args, ObjectNode kwargs, Duration timeout)
            throws OdooException {
        ObjectNode params = params();
        params.set("args", args);
        params.put("model", model);
        params.put("method", method);
        params.set("kwargs", kwargs);
        return withSession("/web/dataset/call_kw/" + model + "/" + method, params, timeout,
                !READ_ONLY.contains(method));
    }

    @Override
    public ArrayNode searchRead(String model, ArrayNode domain, List<String> fields, String order, int limit)
            throws OdooException {
        ObjectNode kwargs = kwargs();
        kwargs.set("domain", domain);
        fields.forEach(kwargs.putArray("fields")::add);
        if (!order.isEmpty()) {
            kwargs.put("order", order);
        }
        if (limit > 0) {
            kwargs.put("limit", limit);
        }
        return array(callKw(model, "search_read", JsonRpcClient.MAPPER.createArrayNode(), kwargs, CALL_TIMEOUT));
    }

    @Override
    public ArrayNode read(String model, List<Long> ids, List<String> fields) throws OdooException {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        ids.forEach(args.addArray()::add);
        fields.forEach(args.addArray()::add);
        return array(callKw(model, "read", args, kwargs(), CALL_TIMEOUT));
    }

    @Override
    public Optional<PosSession> openSession(long configId) throws OdooException {
        return PosSessions.open(this, configId);
    }

    @Override
    public int loginToSession(long sessionId) throws OdooException {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(sessionId);
        return PosSessions.loginNumber(callKw("pos.session", "login", args, JsonRpcClient.MAPPER.createObjectNode(),
                CALL_TIMEOUT));
    }

    @Override
    public List<CreatedOrder> createFromUi(List<ObjectNode> orders) throws OdooException {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        orders.forEach(args.addArray()::add);
        args.add(false);
        JsonNode result = callKw("pos.order", "create_from_ui", args, kwargs(),
                createTimeout.apply(orders.size()));
        List<CreatedOrder> created = new ArrayList<>();
        for (JsonNode item : array(result)) {
            created.add(new CreatedOrder(item.path("id").asLong(), item.path("pos_reference").asText()));
        }
        return List.copyOf(created);
    }

    @Override
    public JsonNode syncFromUi(List<ObjectNode> orders, ObjectNode extraContext) throws OdooException {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        orders.forEach(args.addArray()::add);
        ObjectNode kwargs = kwargs();
        ObjectNode context = kwargs.has("context") ? (ObjectNode) kwargs.get("context") : kwargs.putObject("context");
        context.setAll(extraContext);
        return callKw("pos.order", "sync_from_ui", args, kwargs, createTimeout.apply(orders.size()));
    }

    /** Runs a call that needs a login; on code 100 logs in again (once for all racing threads) and retries once. */
    private JsonNode withSession(String route, ObjectNode params, Duration timeout, boolean once)
            throws OdooException {
        long generation;
        synchronized (loginLock) {
            generation = loginGeneration;
        }
        try {
            return call(route, params, timeout, once);
        } catch (OdooException e) {
            // Code 100 is Odoo's answer before it ran anything: retrying even a call that changes data is safe.
            if (e.kind() != OdooException.Kind.SESSION_EXPIRED) {
                throw e;
            }
            relogin(generation);
            return call(route, params, timeout, once);
        }
    }

    /** Every call goes through here, so that {@link InFlightCalls#cancel()} reaches it. */
    private JsonNode call(String route, ObjectNode params, Duration timeout) throws OdooException {
        return call(route, params, timeout, false);
    }

    /** @param once the call changes data: OkHttp must not send it again by itself ({@link JsonRpcClient#startOnce}) */
    private JsonNode call(String route, ObjectNode params, Duration timeout, boolean once) throws OdooException {
        return calls.await(once ? rpc.startOnce(route, params, timeout) : rpc.start(route, params, timeout));
    }

    private void relogin(long failedGeneration) throws OdooException {
        synchronized (loginLock) {
            if (loginGeneration != failedGeneration) {
                return;
            }
            if (credentials == null) {
                throw new OdooException(OdooException.Kind.SESSION_EXPIRED, "The Odoo session expired and Till has"
                        + " no password to log in again: an admin must enter it.");
            }
            LOG.info("the Odoo session expired; logging in again as {}", credentials.login());
            Login before = login;
            login = logIn(credentials);
            loginGeneration++;
            if (before != null && before.serverVersion().major() != login.serverVersion().major()) {
                // The call that met the expired session was built for the old version: it must not be retried.
                throw VersionChange.failure(before.serverVersion(), login.serverVersion());
            }
        }
    }

    /** Reads the version first: each login says which server it logged in to ({@link Login#serverVersion()}). */
    private Login logIn(Credentials c) throws OdooException {
        ServerVersion serverVersion = version();
        ObjectNode params = params();
        params.put("db", c.database());
        params.put("login", c.login());
        params.put("password", c.password());
        JsonNode info = call("/web/session/authenticate", params, CALL_TIMEOUT);
        if (!info.path("uid").canConvertToLong()) {
            throw new OdooException(OdooException.Kind.AUTHENTICATION, "Odoo refused the login: the login or the"
                    + " password is wrong.");
        }
        ObjectNode context = info.path("user_context").isObject() ? (ObjectNode) info.get("user_context")
                : JsonRpcClient.MAPPER.createObjectNode();
        JsonNode websocket = info.path("websocket_worker_version");
        return new Login(c.database(), info.get("uid").asLong(), info.path("company_id").asLong(),
                info.path("name").asText(c.login()), context, serverVersion, websocket.isTextual()
                ? websocket.asText() : "");
    }

    private ObjectNode kwargs() {
        ObjectNode kwargs = JsonRpcClient.MAPPER.createObjectNode();
        Optional<Login> current = login();
        current.ifPresent(l -> kwargs.set("context", l.context()));
        return kwargs;
    }

    private static ObjectNode params() {
        return JsonRpcClient.MAPPER.createObjectNode();
    }

    private static ArrayNode array(JsonNode result) throws OdooException {
        if (!result.isArray()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server answered a list call with "
                    + result.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " instead of a list.");
        }
        return (ArrayNode) result;
    }
}
