package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/** The server's self-description: {@code version_info} and the {@code session_info} of the demo user. Thread-safe. */
final class ServerInfo {

    private final DemoServerOptions options;
    private final DemoData data;
    private final Supplier<String> baseUrl;

    ServerInfo(DemoServerOptions options, DemoData data, Supplier<String> baseUrl) {
        this.options = options;
        this.data = data;
        this.baseUrl = baseUrl;
    }

    JsonNode versionInfo() {
        ObjectNode info = JsonRpc.NODES.objectNode();
        info.put("server_version", options.profile().serverVersion());
        info.set("server_version_info", serverVersionInfo());
        info.put("server_serie", options.profile().serverVersion());
        info.put("protocol_version", 1);
        return info;
    }

    /** The recorded session_info of the profile, with this server's database and address. */
    JsonNode sessionInfo() {
        ObjectNode info = data.sessionInfoTemplate();
        info.put("db", options.database());
        info.put("web.base.url", baseUrl.get());
        info.set("server_version_info", serverVersionInfo());
        return info;
    }

    private ArrayNode serverVersionInfo() {
        return JsonRpc.NODES.arrayNode().add(options.profile().major()).add(0).add(0).add("final").add(0).add("");
    }
}
