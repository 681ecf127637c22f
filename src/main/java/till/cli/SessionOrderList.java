package till.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import till.session.HistoryEntry;
import till.session.OrderHistory;
import till.session.ZReport;

/**
 * {@code till session orders [--search TEXT] [--json]}: the current session's orders from the till's store, newest
 * first, searched as the order history screen searches (reference, customer, amount). The JSON is an array of objects
 * with the keys of docs/history.md. Stateless.
 */
final class SessionOrderList {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SessionOrderList() {
    }

    /** Prints the entries the search matches; returns the exit code (0). */
    static int print(List<HistoryEntry> entries, String search, boolean asJson, ZoneId zone, PrintStream out) {
        List<HistoryEntry> found = OrderHistory.search(entries, search);
        if (asJson) {
            out.println(json(found, zone).toPrettyString());
            return 0;
        }
        if (found.isEmpty()) {
            out.println(entries.isEmpty() ? "no order paid in this session" : "no order matches \u201c" + search
                    + "\u201d (" + entries.size() + " in this session)");
            return 0;
        }
        DateTimeFormatter time = TIME.withZone(zone);
        for (HistoryEntry e : found) {
            out.printf("%-24s %-18s %s %12s  %-15s %s%n", e.reference(), e.uid(), time.format(e.paidAt()),
                    ZReport.money(e.total()), e.state().word(), e.customer());
        }
        out.println(found.size() + (found.size() == 1 ? " order" : " orders")
                + (found.size() == entries.size() ? "" : " of " + entries.size()));
        return 0;
    }

    /**
     * One object per order: {@code reference, uid, paid_at} (ISO-8601 UTC), {@code time} (local, for people),
     * {@code customer, total, methods, state, last_error}.
     */
    static ArrayNode json(List<HistoryEntry> entries, ZoneId zone) {
        ArrayNode array = MAPPER.createArrayNode();
        DateTimeFormatter time = TIME.withZone(zone);
        for (HistoryEntry e : entries) {
            ObjectNode o = array.addObject();
            o.put("reference", e.reference());
            o.put("uid", e.uid());
            o.put("paid_at", e.paidAt().toString());
            o.put("time", time.format(e.paidAt()));
            o.put("customer", e.customer());
            o.put("total", e.total());
            ArrayNode methods = o.putArray("methods");
            e.methods().forEach(methods::add);
            o.put("state", e.state().word());
            o.put("last_error", e.lastError());
        }
        return array;
    }
}
