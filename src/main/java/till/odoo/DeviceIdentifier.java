package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * 19's stand-in for {@code pos.session.login} (removed in 19): {@code pos.config.register_new_device_identifier}
 * numbers this start of the till within the POS configuration, from the config's {@code device_seq_id} (v19 205:
 * {@code {"device_identifier": "1"}}, a string). Till keeps it where older versions keep the login number: in every
 * order's uid, the {@code tracking_number} and the order call's context. Stateless.
 */
final class DeviceIdentifier {

    private DeviceIdentifier() {
    }

    /** Registers a new device on the config and returns its number. Blocks on the network. */
    static int register(OdooClient client, long configId) throws OdooException {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode().add(configId);
        return parse(client.callKw("pos.config", "register_new_device_identifier", args,
                JsonRpcClient.MAPPER.createObjectNode(), OdooClient.CALL_TIMEOUT));
    }

    /** The number in the answer; MISCONFIGURED when it has none (not a 19 server, or a module changed it). */
    static int parse(JsonNode answer) throws OdooException {
        JsonNode value = answer.path("device_identifier");
        if (value.canConvertToInt() || (value.isTextual() && value.asText().matches("\\d{1,9}"))) {
            return value.asInt();
        }
        throw new OdooException(OdooException.Kind.MISCONFIGURED, "pos.config.register_new_device_identifier did not"
                + " return a device number: is this an Odoo 19 server?");
    }
}
