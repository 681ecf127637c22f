package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the open POS session of a config the way the web POS does ({@code /pos/web}; the same domain on 14-19,
 * transcripts 200, v17 111, v18 105, v19 111), and reads the answer of {@code pos.session.login}. The fields are the
 * web POS's without {@code sequence_number}: Till numbers its orders itself, and 19's session no longer loads it
 * (nor {@code login_number}, v19 201), so asking for it could fail the search there. Stateless.
 */
final class PosSessions {

    static final List<String> FIELDS = List.of("id", "name", "user_id", "config_id", "start_at", "stop_at",
            "payment_method_ids", "state");

    private PosSessions() {
    }

    static Optional<PosSession> open(OdooClient client, long configId) throws OdooException {
        ArrayNode found = client.searchRead("pos.session", domain(configId), FIELDS, "", 0);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(found.get(0)));
    }

    /** Opening_control or opened, not a rescue session, this config (17 and 18 still have {@code rescue}). */
    static ArrayNode domain(long configId) {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("state").add("in").add(JsonRpcClient.MAPPER.createArrayNode().add("opening_control")
                .add("opened"));
        domain.addArray().add("rescue").add("=").add(false);
        domain.addArray().add("config_id").add("=").add(configId);
        return domain;
    }

    /**
     * The login number in {@code pos.session.login}'s answer: an int up to 17, a numeric string on 18 (v18 205, from
     * {@code ir.sequence}).
     */
    static int loginNumber(JsonNode answer) throws OdooException {
        if (answer.canConvertToInt()) {
            return answer.asInt();
        }
        if (answer.isTextual() && answer.asText().matches("\\d{1,9}")) {
            return Integer.parseInt(answer.asText());
        }
        throw new OdooException(OdooException.Kind.MISCONFIGURED, "pos.session.login did not return a login number:"
                + " is this an Odoo server Till supports?");
    }

    static PosSession parse(JsonNode s) {
        List<Long> methods = new ArrayList<>();
        s.path("payment_method_ids").forEach(id -> methods.add(id.asLong()));
        return new PosSession(s.path("id").asLong(), s.path("name").asText(), s.path("config_id").path(0).asLong(),
                s.path("user_id").path(0).asLong(), s.path("state").asText(), s.path("sequence_number").asInt(),
                methods);
    }
}
