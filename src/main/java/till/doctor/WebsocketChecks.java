package till.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import till.odoo.JsonRpcClient;
import till.push.BusCause;
import till.push.SessionCookie;
import till.push.WebsocketEndpoint;
import till.push.WebsocketProbe;

/**
 * The push channel's checks on a 16+ server: the websocket opens through the push URL and answers a ping, the
 * Upgrade and Connection headers reach Odoo, {@code /websocket} reaches the gevent port (not a prefork worker, which
 * answers HTTP 500), and {@code /websocket/health}. One websocket serves the first three. Blocks; confined to the
 * calling thread.
 */
final class WebsocketChecks {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final WebsocketEndpoint endpoint;

    /**
     * @param version the server's {@code websocket_worker_version} when the login told it, else empty (Odoo checks the
     *                version only for browsers; Till's client is none)
     */
    WebsocketChecks(URI server, URI push, String version) {
        // No subscribe goes out: the channel only fills the endpoint.
        this.endpoint = new WebsocketEndpoint(server, push, version, List.of("till_doctor"));
    }

    /** The upgrade, the headers and the port, from one websocket. */
    List<Check> socket() throws InterruptedException {
        WebsocketProbe.Result probe = WebsocketProbe.run(endpoint, SessionCookie.none(), DEADLINE);
        String where = endpoint.pushServer() + WebsocketEndpoint.ROUTE;
        Check reachable = probe.ok()
                ? Check.pass("websocket", where + " upgraded (HTTP 101) in " + millis(probe.upgraded().orElseThrow())
                        + " ms and answered Till's ping.")
                : failed("websocket", probe.failure().orElseThrow());
        return List.of(reachable, headers(probe), port(probe));
    }

    Check health() {
        String url = endpoint.pushServer() + WebsocketEndpoint.HEALTH;
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(DEADLINE).build();
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            String body = response.body().string();
            JsonNode json = response.code() == 200 ? JsonRpcClient.MAPPER.readTree(body) : null;
            if (json != null && "pass".equals(json.path("status").asText())) {
                return Check.pass("websocket-health", url + " says {\"status\": \"pass\"}.");
            }
            return Check.fail("websocket-health", url + " answered HTTP " + response.code() + " without"
                    + " {\"status\": \"pass\"}.", "Odoo 16 or newer answers it on both of its ports: is "
                    + endpoint.pushServer() + " an Odoo 16+ server, and does the proxy pass /websocket/health?");
        } catch (IOException e) {
            return Check.fail("websocket-health", url + " cannot be reached: " + e.getMessage(), "Check the push"
                    + " URL and the network.");
        }
    }

    private static Check headers(WebsocketProbe.Result probe) {
        if (probe.stripped()) {
            return failed("websocket-headers", probe.failure().orElseThrow());
        }
        if (probe.status() == 0) {
            return Check.skipped("websocket-headers", "the upgrade got no answer (see websocket)");
        }
        return Check.pass("websocket-headers", "The Upgrade and Connection headers reach Odoo (it answered the"
                + " upgrade itself, HTTP " + probe.status() + ").");
    }

    private static Check port(WebsocketProbe.Result probe) {
        if (probe.failure().map(c -> c.kind() == BusCause.Kind.WEBSOCKET_MISROUTED).orElse(false)) {
            return failed("websocket-port", probe.failure().get());
        }
        if (probe.status() == 101) {
            return Check.pass("websocket-port", "/websocket reaches a process that holds websockets (Odoo's gevent"
                    + " port, or a threaded server).");
        }
        return Check.skipped("websocket-port", "the upgrade did not get that far (see websocket)");
    }

    private static Check failed(String name, BusCause cause) {
        return Check.fail(name, cause.words(), cause.advice());
    }

    private static long millis(Duration d) {
        return d.toMillis();
    }
}
