package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A plain HTTP client for the tests: one {@code session_id} cookie jar, and the raw answer of each request. */
final class RecordingClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One raw answer: status, content type, the session id set (or null) and the body text. */
    record Answer(int status, String contentType, String setCookieId, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        JsonNode result() {
            return json().get("result");
        }

        JsonNode error() {
            return json().get("error");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private volatile String sessionId;

    RecordingClient(URI base) {
        this.base = base;
    }

    String sessionId() {
        return sessionId;
    }

    void useSessionId(String id) {
        sessionId = id;
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, Duration.ofSeconds(30));
    }

    Answer post(String path, String body, Duration timeout) throws IOException, InterruptedException {
        return receive(http.send(request(path, body, timeout), HttpResponse.BodyHandlers.ofString()));
    }

    CompletableFuture<Answer> postAsync(String path, String body) {
        return http.sendAsync(request(path, body, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString())
                .thenApply(this::receive);
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (sessionId != null) {
            b.header("Cookie", "session_id=" + sessionId);
        }
        return receive(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A JSON-RPC call with these params. */
    Answer call(String path, String params) throws IOException, InterruptedException {
        return post(path, "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":" + params + ",\"id\":1}");
    }

    Answer login() throws IOException, InterruptedException {
        return call("/web/session/authenticate", "{\"db\":\"demo\",\"login\":\"admin\",\"password\":\"admin\"}");
    }

    /** {@code model.method} through {@code call_kw} with positional args and keyword args. */
    Answer callKw(String model, String method, String args, String kwargs) throws IOException, InterruptedException {
        return call("/web/dataset/call_kw/" + model + "/" + method, "{\"model\":\"" + model + "\",\"method\":\""
                + method + "\",\"args\":" + args + ",\"kwargs\":" + kwargs + "}");
    }

    private HttpRequest request(String path, String body, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sessionId != null) {
            b.header("Cookie", "session_id=" + sessionId);
        }
        return b.build();
    }

    private Answer receive(HttpResponse<String> response) {
        Optional<String> cookie = response.headers().firstValue("Set-Cookie")
                .filter(c -> c.startsWith("session_id="))
                .map(c -> c.substring("session_id=".length(), c.indexOf(';')));
        cookie.ifPresent(id -> sessionId = id);
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                cookie.orElse(null), response.body());
    }
}
