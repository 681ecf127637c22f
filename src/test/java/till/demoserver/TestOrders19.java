package till.demoserver;

/** Builds {@code sync_from_ui} order dicts the way the 19 web POS serializes them (v19 300). Stateless. */
final class TestOrders19 {

    private TestOrders19() {
    }

    /** Two whiteboard pens (product 62, 1.20, tax 1) paid 3.00 in cash, change -0.24 (19's sign), for session 3. */
    static String order(String uuid, String reference) {
        return "{\"uuid\":\"" + uuid + "\",\"name\":\"/\",\"session_id\":3,\"state\":\"paid\","
                + "\"date_order\":\"2026-12-07 13:44:14\",\"user_id\":2,\"sequence_number\":1,"
                + "\"amount_tax\":0.36,\"amount_total\":2.76,\"amount_paid\":3,\"amount_return\":-0.24,"
                + "\"lines\":[[0,0,{\"product_id\":62,\"qty\":2,\"price_unit\":1.2,\"price_subtotal\":2.4,"
                + "\"price_subtotal_incl\":2.76,\"discount\":0,\"tax_ids\":[1],\"uuid\":\"" + uuid + "-l1\","
                + "\"full_product_name\":\"Whiteboard Pen\"}]],"
                + "\"payment_ids\":[[0,0,{\"amount\":3,\"payment_method_id\":1,\"payment_date\":"
                + "\"2026-12-07 13:44:14\",\"uuid\":\"" + uuid + "-p1\"}]],"
                + "\"pos_reference\":\"" + reference + "\",\"tracking_number\":\"1001\",\"partner_id\":false}";
    }
}
