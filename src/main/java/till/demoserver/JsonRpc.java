package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The JSON-RPC 2.0 envelope as Odoo 14/15 write it: {@code jsonrpc, id, result} or {@code jsonrpc, id, error}. */
final class JsonRpc {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonRpc() {
    }

    /** A parsed request: its id (echoed back) and params (an empty object when absent). Immutable. */
    record Call(JsonNode id, ObjectNode params) {
    }

    static Call parse(byte[] body) throws IOException {
        JsonNode root = MAPPER.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        JsonNode id = root.has("id") ? root.get("id") : NullNode.getInstance();
        JsonNode params = root.get("params");
        return new Call(id, params instanceof ObjectNode p ? p : NODES.objectNode());
    }

    /** The answer to a call; a Python {@code None} result has no {@code result} key at all (411, 101). */
    static byte[] result(JsonNode id, JsonNode result) {
        ObjectNode root = NODES.objectNode();
        root.put("jsonrpc", "2.0");
        root.set("id", id);
        if (result != null) {
            root.set("result", result);
        }
        return bytes(root);
    }

    static byte[] error(JsonNode id, OdooError e) {
        return error(id, e, e.code());
    }

    /** The error with this JSON-RPC {@code code} (19 says 0 where 14-18 say 200, v19 330). */
    static byte[] error(JsonNode id, OdooError e, int code) {
        ObjectNode root = NODES.objectNode();
        root.put("jsonrpc", "2.0");
        root.set("id", id);
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", e.rpcMessage());
        ObjectNode data = error.putObject("data");
        data.put("name", e.name());
        data.put("debug", "Traceback (most recent call last):\n  File \"/opt/odoo/odoo/http.py\", line 640, in"
                + " _handle_exception\n    return super(JsonRequest, self)._handle_exception(exception)\n...\n"
                + "    raise exception.with_traceback(None) from new_cause\n" + e.tracebackTail());
        data.put("message", e.getMessage());
        ArrayNode arguments = data.putArray("arguments");
        e.arguments().forEach(arguments::add);
        data.putObject("context");
        if (e.httpStatus() != 200) {
            // Odoo pops http_status only to choose the status code, after the body was written (Surprise 3).
            error.put("http_status", e.httpStatus());
        }
        return bytes(root);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode node) {
        return new String(bytes(node), StandardCharsets.UTF_8);
    }
}
