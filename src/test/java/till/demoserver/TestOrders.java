package till.demoserver;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Builds {@code create_from_ui} order JSON the way the 14/15 web POS exports it. Stateless. */
final class TestOrders {

    private TestOrders() {
    }

    /** One line of one unit, paid exactly in cash; {@code serverIdKey} false leaves out the server_id key. */
    static String order(String name, int session, int product, double price, boolean serverIdKey) {
        String amount = String.format(Locale.ROOT, "%.2f", price);
        return "{\"id\":\"" + name + "\",\"data\":{\"name\":\"" + name + "\",\"amount_paid\":" + amount
                + ",\"amount_total\":" + amount + ",\"amount_tax\":0,\"amount_return\":0,"
                + "\"lines\":[[0,0,{\"qty\":1,\"price_unit\":" + amount + ",\"price_subtotal\":" + amount
                + ",\"price_subtotal_incl\":" + amount + ",\"discount\":0,\"product_id\":" + product
                + ",\"tax_ids\":[[6,false,[]]],\"id\":1,\"pack_lot_ids\":[]}]],"
                + "\"statement_ids\":[[0,0,{\"name\":\"2026-11-29 21:52:37\",\"payment_method_id\":1,\"amount\":"
                + amount + "}]],\"pos_session_id\":" + session + ",\"pricelist_id\":1,\"partner_id\":false,"
                + "\"user_id\":2,\"uid\":\"" + name + "\",\"sequence_number\":1,"
                + "\"creation_date\":\"2026-11-29T21:52:37.343Z\",\"fiscal_position_id\":false"
                + (serverIdKey ? ",\"server_id\":false" : "") + ",\"to_invoice\":false},\"to_invoice\":false}";
    }

    static String order(String name, int product) {
        return order(name, 1, product, 25.0, true);
    }

    /** The {@code args} of create_from_ui: {@code [orders, false]}. */
    static String batch(String... orders) {
        return "[[" + String.join(",", orders) + "],false]";
    }

    /** The pos_reference of every stored order, read back over RPC as a client would. */
    static List<String> storedReferences(RecordingClient client) throws Exception {
        RecordingClient.Answer answer = client.callKw("pos.order", "search_read", "[]",
                "{\"domain\":[],\"fields\":[\"pos_reference\"]}");
        return java.util.stream.StreamSupport.stream(answer.result().spliterator(), false)
                .map(o -> o.get("pos_reference").asText()).collect(Collectors.toList());
    }
}
