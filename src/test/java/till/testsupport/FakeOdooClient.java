package till.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import till.odoo.CreatedOrder;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.Login;
import till.odoo.OdooClient;
import till.odoo.OdooException;
import till.odoo.PosSession;
import till.odoo.ServerVersion;

/**
 * An {@link OdooClient} in memory for tests: {@code search_read}/{@code read} answer every record given for the
 * model (the domain is not evaluated; {@code pos.order} answers the orders stored through it), {@code create_from_ui}
 * answers like 14/15 (newest id first, names already stored left out) and records every batch, {@code call_kw}
 * answers what was given for its model and method, and failures can be queued for the next calls. Thread-safe.
 */
public final class FakeOdooClient implements OdooClient {

    private ServerVersion version;
    private final Map<String, ArrayNode> records = new HashMap<>();
    private final Deque<OdooException> failures = new ArrayDeque<>();
    private final List<List<ObjectNode>> batches = new ArrayList<>();
    private final Map<String, Long> stored = new HashMap<>();
    private final Map<String, JsonNode> calls = new HashMap<>();
    private final Map<String, ArrayNode> callArgs = new HashMap<>();
    private final Map<String, ObjectNode> callKwargs = new HashMap<>();
    private PosSession session;
    private String dropSilently;
    private OdooException orderCallFailure;
    private long nextOrderId = 1;
    private JsonNode syncAnswer;
    private ObjectNode lastSyncContext;

    public FakeOdooClient(ServerVersion version) {
        this.version = version;
    }

    public synchronized FakeOdooClient withRecords(String model, JsonNode modelRecords) {
        records.put(model, (ArrayNode) modelRecords.deepCopy());
        return this;
    }

    /** {@code call_kw} of this model and method answers {@code result}. */
    public synchronized FakeOdooClient withCall(String model, String method, JsonNode result) {
        calls.put(model + "." + method, result.deepCopy());
        return this;
    }

    public synchronized FakeOdooClient withSession(PosSession open) {
        session = open;
        return this;
    }

    /** From now on the server says it runs this version (an upgrade under the till). */
    public synchronized void upgradeTo(ServerVersion newVersion) {
        version = newVersion;
    }

    /**
     * {@code create_from_ui} answers success for an order of this name but neither stores it nor names it: a server
     * that loses an order without a word.
     */
    public synchronized void dropSilently(String name) {
        dropSilently = name;
    }

    /** The next {@code create_from_ui} fails with this, after the calls before it went through. */
    public synchronized void failNextOrderCall(OdooException failure) {
        orderCallFailure = failure;
    }

    /** The next call fails with this (queued in order). */
    public synchronized void failNext(OdooException failure) {
        failures.add(failure);
    }

    /** The {@code args} of the last {@code call_kw} of this model and method, or null. */
    public synchronized ArrayNode lastArgs(String model, String method) {
        ArrayNode args = callArgs.get(model + "." + method);
        return args == null ? null : args.deepCopy();
    }

    /** The {@code kwargs} of the last {@code call_kw} of this model and method, or null. */
    public synchronized ObjectNode lastKwargs(String model, String method) {
        ObjectNode kwargs = callKwargs.get(model + "." + method);
        return kwargs == null ? null : kwargs.deepCopy();
    }

    /** Every {@code create_from_ui} batch received, including the ones that failed. */
    public synchronized List<List<ObjectNode>> batches() {
        return List.copyOf(batches);
    }

    /** The names stored by {@code create_from_ui}, once each. */
    public synchronized List<String> storedNames() {
        return List.copyOf(stored.keySet());
    }

    @Override
    public synchronized ServerVersion version() throws OdooException {
        throwQueued();
        return version;
    }

    @Override
    public synchronized Optional<List<String>> databases() throws OdooException {
        throwQueued();
        return Optional.of(List.of("fake"));
    }

    @Override
    public synchronized Login authenticate(Credentials credentials) throws OdooException {
        throwQueued();
        return new Login(credentials.database(), 2, 1, "Fake Admin", JsonRpcClient.MAPPER.createObjectNode(), version,
                version.major() >= 16 ? version.major() + ".0-1" : "");
    }

    @Override
    public synchronized JsonNode callKw(String model, String method, ArrayNode args, ObjectNode kwargs,
                                        Duration timeout) throws OdooException {
        throwQueued();
        callArgs.put(model + "." + method, args.deepCopy());
        callKwargs.put(model + "." + method, kwargs.deepCopy());
        JsonNode result = calls.get(model + "." + method);
        if (result == null && method.equals("search_read") && records.containsKey(model)) {
            // A paged read (the catalog's products): the model's records at the offset, at most the limit.
            ArrayNode all = records.get(model);
            ArrayNode page = JsonRpcClient.MAPPER.createArrayNode();
            int limit = kwargs.path("limit").asInt(0);
            for (int i = kwargs.path("offset").asInt(0); i < all.size() && (limit == 0 || page.size() < limit); i++) {
                page.add(all.get(i).deepCopy());
            }
            return page;
        }
        if (result == null) {
            throw new UnsupportedOperationException("FakeOdooClient has no " + model + "." + method);
        }
        return result.deepCopy();
    }

    @Override
    public synchronized ArrayNode searchRead(String model, ArrayNode domain, List<String> fields, String order,
                                             int limit) throws OdooException {
        throwQueued();
        if (model.equals("pos.order") && !records.containsKey(model)) {
            ArrayNode orders = JsonRpcClient.MAPPER.createArrayNode();
            stored.forEach((name, id) -> orders.addObject().put("id", id).put("pos_reference", name)
                    .put("session_id", false).put("state", "paid"));
            return orders;
        }
        return records.getOrDefault(model, JsonRpcClient.MAPPER.createArrayNode()).deepCopy();
    }

    @Override
    public synchronized ArrayNode read(String model, List<Long> ids, List<String> fields) throws OdooException {
        return searchRead(model, JsonRpcClient.MAPPER.createArrayNode(), fields, "", 0);
    }

    @Override
    public synchronized Optional<PosSession> openSession(long configId) throws OdooException {
        throwQueued();
        return Optional.ofNullable(session).filter(s -> s.configId() == configId);
    }

    @Override
    public synchronized int loginToSession(long sessionId) throws OdooException {
        throwQueued();
        return 1;
    }

    @Override
    public synchronized List<CreatedOrder> createFromUi(List<ObjectNode> orders) throws OdooException {
        batches.add(List.copyOf(orders));
        throwQueued();
        if (orderCallFailure != null) {
            OdooException failure = orderCallFailure;
            orderCallFailure = null;
            throw failure;
        }
        List<CreatedOrder> created = new ArrayList<>();
        for (ObjectNode order : orders) {
            String name = order.path("data").path("name").asText();
            if (!stored.containsKey(name) && !name.equals(dropSilently)) {
                stored.put(name, nextOrderId);
                created.add(0, new CreatedOrder(nextOrderId++, name));
            }
        }
        return List.copyOf(created);
    }

    /** {@code sync_from_ui} answers {@code answer} (a recorded 18/19 answer) and records the batch and context. */
    public synchronized FakeOdooClient withSyncAnswer(JsonNode answer) {
        syncAnswer = answer.deepCopy();
        return this;
    }

    /** The extra context of the last {@code sync_from_ui}, or null. */
    public synchronized ObjectNode lastSyncContext() {
        return lastSyncContext == null ? null : lastSyncContext.deepCopy();
    }

    /**
     * Unless {@link #withSyncAnswer} gave an answer, not spoken by this fake (it answers like 14/15): 18's call fails
     * as an unknown method would.
     */
    @Override
    public synchronized JsonNode syncFromUi(List<ObjectNode> orders, ObjectNode extraContext) throws OdooException {
        throwQueued();
        if (syncAnswer != null) {
            batches.add(List.copyOf(orders));
            lastSyncContext = extraContext.deepCopy();
            return syncAnswer.deepCopy();
        }
        throw new OdooException(OdooException.Kind.REJECTED, "The method 'pos.order.sync_from_ui' does not exist");
    }

    private void throwQueued() throws OdooException {
        OdooException next = failures.poll();
        if (next != null) {
            throw next;
        }
    }
}
