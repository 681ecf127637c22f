package till.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo catalog shipped with the till (resource {@code till/catalog/demo-catalog.json}): what the till sells with
 * no server, and what the demo server serves. It holds Odoo's demo products 6 "Office Lamp", 27 "Drawer Black" and
 * 49 "Whiteboard Pen" with their transcript ids and prices. Stateless and thread-safe.
 */
public final class DemoCatalog {

    static final String RESOURCE = "demo-catalog.json";

    private DemoCatalog() {
    }

    /** Reads a fresh copy of the demo catalog. */
    public static Catalog load() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo catalog " + RESOURCE + " is missing from the till's jar");
            }
            return mapper.readValue(in, Catalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo catalog " + RESOURCE + " cannot be read", e);
        }
    }
}
