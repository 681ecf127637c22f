package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * {@code /web/dataset/call_kw}: dispatches {@code model.method(*args, **kwargs)} to the generic ORM reads and writes
 * and to the POS methods the till uses. A {@code null} result means Python's {@code None}. Thread-safe.
 */
final class ModelCalls {

    private final DemoData data;
    private final RecordReader reader;
    private final PosSessions sessions;
    private final OrderSync orders;
    private final Bus bus;
    private final Profile profile;
    private final PosDataLoader loader;
    private final SessionClosingCalls closing;
    private final DemoCashMoves cashMoves;
    private final PaidOrderSearchCalls orderSearch;
    private final ProductReads productReads;

    ModelCalls(DemoData data, PosSessions sessions, OrderSync orders, Bus bus, Profile profile,
               SessionClosingCalls closing) {
        this(data, sessions, orders, bus, profile, closing, new ProductReads());
    }

    ModelCalls(DemoData data, PosSessions sessions, OrderSync orders, Bus bus, Profile profile,
               SessionClosingCalls closing, ProductReads productReads) {
        this(data, sessions, orders, bus, profile, closing, productReads, () -> PosDataLoader.LIMITED_PRODUCT_COUNT);
    }

    /** @param productLimit 17's {@code point_of_sale.limited_product_count}: how many products load_pos_data sends */
    ModelCalls(DemoData data, PosSessions sessions, OrderSync orders, Bus bus, Profile profile,
               SessionClosingCalls closing, ProductReads productReads, IntSupplier productLimit) {
        this.productReads = productReads;
        this.data = data;
        this.reader = new RecordReader(data);
        this.sessions = sessions;
        this.orders = orders;
        this.bus = bus;
        this.profile = profile;
        this.loader = new PosDataLoader(data, sessions, productLimit);
        this.closing = closing;
        this.cashMoves = new DemoCashMoves(data, sessions, profile);
        this.orderSearch = new PaidOrderSearchCalls(data, profile);
    }

    JsonNode call(String model, String method, JsonNode args, JsonNode kwargs) {
        if (model.equals("ir.actions.server") && method.equals("run")) {
            return runServerAction(kwargs.path("context"));
        }
        if (model.equals("ir.actions.server") && method.equals("create")) {
            // The transcripts' test action (v17 130): creating it only needs an id; run() does the sending.
            return IntNode.valueOf(data.nextId("ir.actions.server"));
        }
        if (cashMoves.handles(model, method)) {
            return cashMoves.call(model, method, args, kwargs);
        }
        if (!data.hasModel(model)) {
            throw profile.unknownModel(model);
        }
        return switch (method) {
            case "search_read" -> productReads.counted(model, reader.searchRead(model, kwargs.has("domain")
                    ? kwargs.get("domain") : args.path(0), kwargs.has("fields") ? kwargs.get("fields") : args.path(1),
                    kwargs));
            case "read" -> reader.read(model, args.path(0), kwargs.has("fields") ? kwargs.get("fields")
                    : args.path(1));
            case "search" -> ids(model, kwargs.has("domain") ? kwargs.get("domain") : args.path(0), kwargs);
            case "search_count" -> IntNode.valueOf(reader.search(model, kwargs.has("domain") ? kwargs.get("domain")
                    : args.path(0), JsonRpc.NODES.objectNode()).size());
            case "write" -> write(model, args.path(0), args.path(1));
            default -> posMethod(model, method, args, kwargs);
        };
    }

    private JsonNode posMethod(String model, String method, JsonNode args, JsonNode kwargs) {
        String key = model + "." + method;
        if (orderSearch.handles(key)) {
            return orderSearch.call(method, args, kwargs);
        }
        if (!profile.hasPosMethod(key)) {
            throw profile.unknownMethod(model, method);
        }
        if (key.equals("pos.order." + orders.method())) {
            return orders.sync(args, kwargs);
        }
        int id = args.path(0).isArray() ? args.path(0).path(0).asInt() : args.path(0).asInt();
        if (model.equals("pos.session") && SessionClosingCalls.handles(method)) {
            return closing.call(method, id, args, kwargs);
        }
        switch (key) {
            case "pos.session.login":
                return profile.loginAsText() ? TextNode.valueOf(sessions.loginFromSequence(id))
                        : IntNode.valueOf(sessions.login(id));
            case "pos.session.load_pos_data":
                return loader.loadPosData(id);
            case "pos.session.get_pos_ui_product_product_by_params":
                return productsByParams(id, args.path(1));
            case "pos.session.load_data":
                return profile == Profile.V19 ? loader.loadFlatData(id, args.path(1), kwargs)
                        : loader.loadData(id, args.path(1));
            case "pos.session.filter_local_data":
                return JsonRpc.NODES.objectNode();
            case "pos.config.register_new_device_identifier":
                return JsonRpc.NODES.objectNode().put("device_identifier",
                        Integer.toString(data.nextId("device_identifier")));
            case "pos.session.set_cashbox_pos", "pos.session.set_opening_control":
                sessions.setOpened(id, args.path(1), args.path(2).asText(""));
                return null;
            case "pos.session.action_pos_session_open":
                sessions.setOpened(id);
                return JsonRpc.NODES.booleanNode(true);
            case "pos.config.open_session_cb":
                sessions.open();
                return JsonRpc.NODES.objectNode().put("type", "ir.actions.act_url")
                        .put("url", "/pos/ui?config_id=" + id).put("target", "self");
            case "pos.config.open_ui":
                sessions.open();
                return JsonRpc.NODES.objectNode().put("type", "ir.actions.act_url")
                        .put("url", profile.posUiUrl(id)).put("target", "self");
            default:
                throw profile.unknownMethod(model, method);
        }
    }

    /**
     * 17's paging call: the product loader's search with the caller's domain, offset, limit, order and fields taking
     * priority over its own, archived products included ({@code active_test: false}), as 17's method reads them.
     */
    private JsonNode productsByParams(int sessionId, JsonNode custom) {
        sessions.existing(sessionId);
        ObjectNode kwargs = custom.isObject() ? ((ObjectNode) custom).deepCopy() : JsonRpc.NODES.objectNode();
        kwargs.putObject("context").put("active_test", false);
        JsonNode domain = custom.has("domain") ? custom.get("domain") : PosDataLoader.OFFERED_17;
        return productReads.counted("product.product", reader.searchRead("product.product", domain,
                custom.path("fields"), kwargs));
    }

    private JsonNode ids(String model, JsonNode domain, JsonNode kwargs) {
        var result = JsonRpc.NODES.arrayNode();
        reader.search(model, domain, kwargs).forEach(r -> result.add(r.get("id")));
        return result;
    }

    /** A generic {@code write}; x2many values take the {@code (6, 0, ids)} command, the one the POS setup uses. */
    private JsonNode write(String model, JsonNode ids, JsonNode values) {
        synchronized (data) {
            for (JsonNode id : ids) {
                ObjectNode record = data.live(model, id.asInt());
                if (record == null) {
                    throw OdooError.server("odoo.exceptions.MissingError",
                            "Record does not exist or has been deleted.");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    JsonNode value = field.getValue();
                    boolean replace = value.isArray() && value.path(0).isArray() && value.path(0).path(0).asInt() == 6;
                    record.set(field.getKey(), replace ? value.get(0).get(2) : value);
                }
            }
        }
        return BooleanNode.TRUE;
    }

    /** The test server action of the 15 transcripts (411): sends the context's channel, type and payload. */
    private JsonNode runServerAction(JsonNode context) {
        if (context.has("bus_channel")) {
            ObjectNode message = JsonRpc.NODES.objectNode();
            message.set("type", context.path("bus_type"));
            message.set("payload", context.path("bus_payload"));
            bus.publish(context.get("bus_channel").asText(), message);
        }
        return BooleanNode.FALSE;
    }
}
