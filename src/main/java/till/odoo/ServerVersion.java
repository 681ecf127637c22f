package till.odoo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code /web/webclient/version_info} says about the server. Immutable.
 *
 * @param major  {@code server_version_info[0]}, e.g. 15
 * @param text   {@code server_version}, e.g. {@code "15.0"} or {@code "saas~15.2+e"}
 */
public record ServerVersion(int major, String text) {

    /** Reads a {@code version_info} result; a result without a numeric major version is not Odoo's. */
    static ServerVersion parse(JsonNode result) throws OdooException {
        JsonNode major = result.path("server_version_info").path(0);
        if (!major.canConvertToInt()) {
            throw new OdooException(OdooException.Kind.MISCONFIGURED, "The server's version_info has no version"
                    + " number: is this an Odoo server?");
        }
        return new ServerVersion(major.asInt(), result.path("server_version").asText(major.asText()));
    }
}
