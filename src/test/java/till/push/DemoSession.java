package till.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import till.demoserver.DemoServer;
import till.odoo.JsonRpcClient;

/**
 * A login on the demo server over plain OkHttp, for the websocket tests that need the session id itself (the
 * production client never hands it out): the {@code session_id} cookie the answer sets and the
 * {@code websocket_worker_version} it names. Immutable.
 */
record DemoSession(String sessionId, String websocketVersion) {

    private static final OkHttpClient HTTP = new OkHttpClient();

    static DemoSession login(URI server) throws IOException {
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"id\":1,\"params\":{\"db\":\"demo\",\"login\":\""
                + DemoServer.LOGIN + "\",\"password\":\"" + DemoServer.PASSWORD + "\"}}";
        Request request = new Request.Builder().url(server.resolve("/web/session/authenticate").toString())
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();
        try (Response response = HTTP.newCall(request).execute()) {
            String id = null;
            for (String cookie : response.headers("Set-Cookie")) {
                String first = cookie.split(";", 2)[0];
                if (first.startsWith("session_id=")) {
                    id = first.substring("session_id=".length());
                }
            }
            JsonNode result = JsonRpcClient.MAPPER.readTree(response.body().string()).path("result");
            if (id == null || !result.path("uid").canConvertToLong()) {
                throw new IOException("the demo login failed: " + result);
            }
            return new DemoSession(id, result.path("websocket_worker_version").asText());
        }
    }
}
