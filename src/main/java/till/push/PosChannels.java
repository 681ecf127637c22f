package till.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import till.odoo.JsonRpcClient;

/**
 * Builds the channel strings {@code pos_longpolling} listens on: compact JSON {@code ["<db>","<name>","<config id>"]}
 * with the id as a string, byte for byte what the module's Python and JS build (the server compares strings).
 * Stateless.
 */
public final class PosChannels {

    private PosChannels() {
    }

    public static String of(String database, String name, long configId) {
        try {
            return JsonRpcClient.MAPPER.writeValueAsString(List.of(database, name, Long.toString(configId)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("three strings are always JSON", e);
        }
    }
}
