package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the open POS session of a config the way the 14/15 web POS does ({@code /pos/web}). Stateless. */
final class PosSessions {

    static final List<String> FIELDS = List.of("id", "name", "user_id", "config_id", "start_at", "stop_at",
            "sequence_number", "payment_method_ids", "state");

    private PosSessions() {
    }

    static Optional<PosSession> open(OdooClient client, long configId) throws OdooException {
        ArrayNode found = client.searchRead("pos.session", domain(configId), FIELDS, "", 0);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(found.get(0)));
    }

    /** The same on 14 and 15 (transcripts 200): opening_control or opened, not a rescue session, this config. */
    static ArrayNode domain(long configId) {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("state").add("in").add(JsonRpcClient.MAPPER.createArrayNode().add("opening_control")
                .add("opened"));
        domain.addArray().add("rescue").add("=").add(false);
        domain.addArray().add("config_id").add("=").add(configId);
        return domain;
    }

    static PosSession parse(JsonNode s) {
        List<Long> methods = new ArrayList<>();
        s.path("payment_method_ids").forEach(id -> methods.add(id.asLong()));
        return new PosSession(s.path("id").asLong(), s.path("name").asText(), s.path("config_id").path(0).asLong(),
                s.path("user_id").path(0).asLong(), s.path("state").asText(), s.path("sequence_number").asInt(),
                methods);
    }
}
