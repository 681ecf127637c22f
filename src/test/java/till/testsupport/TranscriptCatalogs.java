package till.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import till.odoo.JsonRpcClient;
import till.odoo.Login;
import till.odoo.OdooException;
import till.odoo.PosCatalogLoader;
import till.odoo.PosSession;
import till.odoo.PosSnapshot;
import till.odoo.ServerVersion;
import till.odoo.VersionProfile;

/**
 * The catalog the till loads from what the real 17, 18 and 19 servers answered: 17's {@code load_pos_data} (v17 200,
 * trimmed to 5 records per model) and 18's and 19's whole {@code load_data} answers (v18-full, v19-full), through a
 * client that replays them; the customers are the ones the answer carries. Stateless.
 */
public final class TranscriptCatalogs {

    private TranscriptCatalogs() {
    }

    /** The client that replayed the load, and what the till made of it. Immutable. */
    public record Loaded(FakeOdooClient client, PosSnapshot snapshot) {
    }

    /** @param major 17, 18 or 19 */
    public static Loaded load(int major) throws OdooException {
        JsonNode answer = major == 17
                ? Transcripts.read("v17", "200-load-pos-data").at("/response/body/result")
                : Transcripts.read("v" + major + "-full", "200-load-data-response").at("/result");
        String method = major == 17 ? "load_pos_data" : "load_data";
        JsonNode partners = major == 18 ? answer.at("/res.partner/data") : answer.get("res.partner");
        JsonNode session = switch (major) {
            case 17 -> answer.get("pos.session");
            case 18 -> answer.at("/pos.session/data/0");
            default -> answer.at("/pos.session/0");
        };
        ServerVersion version = new ServerVersion(major, major + ".0");
        FakeOdooClient client = new FakeOdooClient(version).withCall("pos.session", method, answer)
                .withRecords("res.partner", partners);
        List<Long> methods = new ArrayList<>();
        session.get("payment_method_ids").forEach(id -> methods.add(id.asLong()));
        PosSession open = new PosSession(session.get("id").asLong(), session.get("name").asText(), 1, 2,
                session.get("state").asText(), session.path("sequence_number").asInt(), methods);
        String websocket = Transcripts.read("v" + major, "050-authenticate-ok")
                .at("/response/body/result/websocket_worker_version").asText();
        Login login = new Login("posdb" + major, 2, 1, "Mitchell Admin", JsonRpcClient.MAPPER.createObjectNode(),
                version, websocket);
        PosSnapshot snapshot = new PosCatalogLoader(client, VersionProfile.of(version), login).load(1, open, 1);
        return new Loaded(client, snapshot);
    }

    /** The orders a web POS sent in a transcript's order call, as sent (14-17: the {@code data}; 18: the dict). */
    public static List<JsonNode> sentOrders(String version, String file) {
        List<JsonNode> orders = new ArrayList<>();
        ArrayNode sent = (ArrayNode) Transcripts.read(version, file).at("/request/body/params/args/0");
        sent.forEach(o -> orders.add(o.has("data") ? o.get("data") : o));
        return orders;
    }
}
