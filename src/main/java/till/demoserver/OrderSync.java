package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How one Odoo version takes paid orders from the POS: the {@code pos.order} method it answers, the checks, the
 * storage and, above all, how a resend is recognised. One implementation per version, chosen by {@link Profile}.
 * Implementations are thread-safe: a batch runs under the {@link DemoData} monitor.
 */
interface OrderSync {

    /** The {@code pos.order} method name: {@code create_from_ui} up to 17, {@code sync_from_ui} on 18. */
    String method();

    /** Runs one call with its positional {@code args} and keyword {@code kwargs}; all or nothing. */
    JsonNode sync(JsonNode args, JsonNode kwargs);

    /** The identity of each order a call carries, as this version de-duplicates: its name (18: its uuid). */
    List<String> keys(JsonNode args);
}
