package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/**
 * Reads a {@code pos.config} with every field, as the web POS does (transcripts 241), so that fields only some
 * servers have ({@code longpolling_*} of {@code pos_longpolling}) are there when installed. Stateless.
 */
public final class PosConfigs {

    private PosConfigs() {
    }

    /**
     * The config record.
     *
     * @throws OdooException MISCONFIGURED with words naming the id when the server has no such config
     */
    public static JsonNode read(OdooClient client, long configId) throws OdooException {
        ArrayNode found = client.searchRead("pos.config", CatalogRecords.idIs(configId), List.of(), "", 0);
        if (found.isEmpty()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server has no POS configuration with id "
                    + configId + " (Point of Sale > Configuration > Point of Sale lists them).");
        }
        return found.get(0);
    }
}
