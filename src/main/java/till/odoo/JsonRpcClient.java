package till.odoo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Odoo's JSON-RPC 2.0 over HTTP POST on OkHttp: one cookie jar for the session, a whole-call deadline per call,
 * cancellable calls, answers read through a cap per kind of call ({@link AnswerCap}), redirects never followed, and
 * every outcome classified by {@link Failures}. Logs routes and durations at DEBUG, never a body, a password or a
 * session id. TLS certificates are verified by the platform's trust store. Thread-safe.
 */
public final class JsonRpcClient {

    /** The mapper for Odoo's JSON: numbers with a fraction are read as BigDecimal, so money stays exact. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcClient.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final SessionCookies cookies;
    private final HttpUrl base;
    private final AtomicLong ids;

    private JsonRpcClient(OkHttpClient http, SessionCookies cookies, HttpUrl base, AtomicLong ids) {
        this.http = http;
        this.cookies = cookies;
        this.base = base;
        this.ids = ids;
    }

    /**
     * A client for the server at {@code server} (e.g. {@code https://shop.example.com} or {@code http://host:8069}).
     *
     * @throws IllegalArgumentException when the address is not an http or https URL
     */
    public static JsonRpcClient create(URI server) {
        SessionCookies cookies = new SessionCookies();
        // OkHttp's own retry on a stale pooled connection stays on for calls that change nothing (the push port keeps
        // connections alive); calls that change data are started with startOnce, which turns it off.
        OkHttpClient http = withoutRedirects(new OkHttpClient.Builder()).addInterceptor(cookies).build();
        return new JsonRpcClient(http, cookies, baseUrl(server), new AtomicLong());
    }

    /** A client for another address of the same server (the push port), sharing connections and the session. */
    public JsonRpcClient withServer(URI server) {
        return new JsonRpcClient(http, cookies, baseUrl(server), ids);
    }

    public URI server() {
        return base.uri();
    }

    /** Posts a call and waits for its {@code result}; a missing result (Python's None) is a null node. */
    public JsonNode call(String route, ObjectNode params, Duration timeout) throws OdooException {
        return start(route, params, timeout).await();
    }

    /** Prepares a call that {@link PendingCall#await()} runs on the calling thread and another thread may cancel. */
    public PendingCall start(String route, ObjectNode params, Duration timeout) {
        return prepare(route, params, timeout, true);
    }

    /**
     * Like {@link #start}, for a call that changes data on the server ({@code create_from_ui}): OkHttp never sends it
     * a second time by itself, not even when a kept-alive connection breaks after the request was written (its
     * {@code retryOnConnectionFailure}). Every resend is then the caller's own decision (docs/decisions/0160).
     */
    public PendingCall startOnce(String route, ObjectNode params, Duration timeout) {
        return prepare(route, params, timeout, false);
    }

    private PendingCall prepare(String route, ObjectNode params, Duration timeout, boolean retryOnFailure) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("jsonrpc", "2.0");
        envelope.put("method", "call");
        envelope.put("id", ids.incrementAndGet());
        envelope.set("params", params);
        byte[] body;
        try {
            body = MAPPER.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("params cannot be written as JSON", e);
        }
        Request request = new Request.Builder().url(base.newBuilder().encodedPath(route).build())
                .post(RequestBody.create(body, JSON)).build();
        WriteTracker tracker = new WriteTracker(route);
        OkHttpClient timed = http.newBuilder().callTimeout(timeout).readTimeout(timeout)
                .retryOnConnectionFailure(retryOnFailure).eventListener(tracker).build();
        return new PendingCall(timed.newCall(request), route, timeout, tracker);
    }

    /** Drops the session cookie, e.g. before logging in as someone else. */
    public void forgetSession() {
        cookies.forget();
    }

    /**
     * One call on its way: run it once with {@link #await()}, stop it from any thread with {@link #cancel()}.
     * Thread-safe.
     */
    public final class PendingCall {

        private final Call call;
        private final String route;
        private final Duration timeout;
        private final WriteTracker tracker;
        // OkHttp's own deadline also cancels the call, so call.isCanceled() cannot tell a timeout from a caller.
        private volatile boolean cancelledByCaller;

        private PendingCall(Call call, String route, Duration timeout, WriteTracker tracker) {
            this.call = call;
            this.route = route;
            this.timeout = timeout;
            this.tracker = tracker;
        }

        /** Runs the call on this thread (once) and returns its result, or throws the classified failure. */
        public JsonNode await() throws OdooException {
            long start = System.nanoTime();
            Exchange exchange = exchange();
            OdooException failure = Failures.classifyCall(exchange);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (failure != null) {
                LOG.debug("POST {} failed after {} ms: {} ({})", route, millis, failure.kind(), failure.getMessage());
                throw failure;
            }
            LOG.debug("POST {} -> HTTP {} in {} ms", route, exchange.status(), millis);
            JsonNode result = exchange.json().get("result");
            return Objects.requireNonNullElse(result, MAPPER.nullNode());
        }

        /** Stops the call; {@link #await()} then fails with a retryable "cancelled". Idempotent. */
        public void cancel() {
            cancelledByCaller = true;
            call.cancel();
        }

        private Exchange exchange() {
            String server = base.toString();
            try (Response response = call.execute()) {
                String type = response.header("Content-Type", "");
                if (response.isRedirect()) {
                    return redirected(server, response, type);
                }
                return read(server, response, type, AnswerCap.of(route));
            } catch (IOException e) {
                return Exchange.failed(server, route, timeout, e, cancelledByCaller, tracker.written());
            }
        }

        /**
         * Parses the body as it streams in, through the cap of this kind of call: never the bytes and the tree at
         * once, and never more than the cap, however much the server sends.
         */
        private Exchange read(String server, Response response, String type, AnswerCap cap) throws IOException {
            int status = response.code();
            ResponseBody body = response.body();
            try (InputStream in = cap.limit(body.byteStream())) {
                cap.check(body.contentLength());
                JsonNode json = MAPPER.readTree(in);
                json = json == null || json.isMissingNode() ? null : json;
                return new Exchange(server, route, timeout, null, false, status, type, json, null);
            } catch (AnswerCap.TooLarge e) {
                return new Exchange(server, route, timeout, e, false, status, type, null, null);
            } catch (JsonProcessingException e) {
                return new Exchange(server, route, timeout, null, false, status, type, null, e);
            } catch (CharConversionException e) {
                // Bytes that are no text in any encoding JSON allows: as unreadable as malformed JSON.
                return new Exchange(server, route, timeout, null, false, status, type, null,
                        new JsonParseException(null, e.getMessage()));
            }
        }

        /** A redirect is classified, never followed; where it points is kept as an absolute address. */
        private Exchange redirected(String server, Response response, String type) {
            String location = response.header("Location", "");
            HttpUrl target = location.isEmpty() ? null : response.request().url().resolve(location);
            return new Exchange(server, route, timeout, null, false, response.code(), type, null, null,
                    target == null ? location : target.toString());
        }
    }

    /**
     * JSON-RPC calls never follow a redirect: OkHttp would turn the POST into a GET (a 303 to {@code /web/login}
     * then reads as "not Odoo"), and an order must never be posted somewhere the admin did not set up.
     */
    private static OkHttpClient.Builder withoutRedirects(OkHttpClient.Builder builder) {
        return builder.followRedirects(false).followSslRedirects(false);
    }

    private static HttpUrl baseUrl(URI server) {
        HttpUrl url = server == null ? null : HttpUrl.parse(server.toString());
        if (url == null) {
            throw new IllegalArgumentException("not an http or https address: " + server);
        }
        return url;
    }
}
