package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import till.odoo.OdooException.Kind;
import till.odoo.OdooException.Transport;
import till.odoo.OdooException.Wire;
import till.testsupport.Transcripts;

/** Every way a call can end, from the real transcripts and from synthetic answers, and the kind it is given. */
class FailuresTest {

    private static final String SERVER = "http://127.0.0.1:8069/";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    static Stream<Arguments> transcripts() {
        return Stream.of(
                Arguments.of("v14", "030-authenticate-wrong-password", Kind.AUTHENTICATION, "login or the password"),
                Arguments.of("v15", "030-authenticate-wrong-password", Kind.AUTHENTICATION, "login or the password"),
                Arguments.of("v14", "040-authenticate-unknown-db", Kind.AUTHENTICATION, "database does not exist"),
                Arguments.of("v15", "040-authenticate-unknown-db", Kind.AUTHENTICATION, "database does not exist"),
                Arguments.of("v14", "070-callkw-bogus-session", Kind.SESSION_EXPIRED, "session expired"),
                Arguments.of("v15", "075-get-session-info-bogus-session", Kind.SESSION_EXPIRED, "session expired"),
                Arguments.of("v14", "330-order-d-unknown-product", Kind.REJECTED, "another model requires"),
                Arguments.of("v15", "330-order-d-unknown-product", Kind.REJECTED, "another model requires"),
                Arguments.of("v15", "355-order-f-iso-payment-date", Kind.REJECTED, "does not match format"),
                Arguments.of("v14", "430-poll-non-string-channel", Kind.REJECTED, "only string channels"),
                Arguments.of("v15", "405-poll-concurrent-presence-race", Kind.REJECTED, "duplicate key"),
                Arguments.of("v14", "440-longpolling-health-longpolling-port", Kind.MISCONFIGURED, "HTTP 404"),
                Arguments.of("v14", "900-json-route-not-found", Kind.MISCONFIGURED, "no route"),
                Arguments.of("v15", "450-pos-longpolling-update-not-installed", Kind.MISCONFIGURED, "no route"),
                Arguments.of("v15", "910-callkw-unknown-model", Kind.REJECTED, "no.such.model"),
                Arguments.of("v17", "030-authenticate-wrong-password", Kind.AUTHENTICATION, "login or the password"),
                Arguments.of("v18", "030-authenticate-wrong-password", Kind.AUTHENTICATION, "login or the password"),
                Arguments.of("v17", "040-authenticate-unknown-db", Kind.AUTHENTICATION, "database does not exist"),
                Arguments.of("v18", "040-authenticate-unknown-db", Kind.AUTHENTICATION, "database does not exist"),
                Arguments.of("v17", "070-callkw-bogus-session", Kind.SESSION_EXPIRED, "session expired"),
                Arguments.of("v18", "075-get-session-info-bogus-session", Kind.SESSION_EXPIRED, "session expired"),
                Arguments.of("v17", "355-order-f-iso-payment-date", Kind.REJECTED, "does not match format"),
                Arguments.of("v17", "365-order-15-style-creation-date", Kind.REJECTED, "date_order"),
                Arguments.of("v18", "330-order-d-unknown-product", Kind.REJECTED, "another model requires"),
                Arguments.of("v18", "350-order-f-iso-date-order", Kind.REJECTED, "does not match format"),
                Arguments.of("v18", "360-order-create-from-ui-removed", Kind.REJECTED, "does not exist"),
                Arguments.of("v18", "365-order-17-style-payload-to-sync-from-ui", Kind.REJECTED, "lines"),
                Arguments.of("v17", "900-json-route-not-found", Kind.MISCONFIGURED, "HTTP 404"),
                Arguments.of("v18", "910-callkw-unknown-model", Kind.MISCONFIGURED, "no route"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("transcripts")
    void aRecordedErrorIsClassifiedAndWorded(String version, String file, Kind kind, String words) {
        OdooException failure = Failures.classify(recorded(version, file));

        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.getMessage()).containsIgnoringCase(words);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("successes")
    void aRecordedResultIsNoFailure(String version, String file) {
        assertThat(Failures.classify(recorded(version, file))).isNull();
    }

    static Stream<Arguments> successes() {
        return Stream.of(Arguments.of("v14", "010-version-info"), Arguments.of("v15", "050-authenticate-ok"),
                Arguments.of("v15", "101-setup-close-old-session-2-update-closing-control"),
                Arguments.of("v14", "310-order-b-duplicate-resend"),
                Arguments.of("v17", "300-order-a-paid-with-change"),
                Arguments.of("v18", "112-setup-set-opening-control"),
                Arguments.of("v18", "310-order-b-duplicate-resend"));
    }

    static Stream<Arguments> synthetic() throws IOException {
        return Stream.of(
                Arguments.of("proxy 502", html(502), Kind.RETRYABLE, "HTML page (HTTP 502 from a proxy)"),
                Arguments.of("proxy 504", html(504), Kind.RETRYABLE, "HTTP 504 from a proxy"),
                Arguments.of("Odoo's HTML 500", html(500), Kind.RETRYABLE, "HTML error page (HTTP 500)"),
                Arguments.of("HTML 200 from another web server", html(200), Kind.MISCONFIGURED, "is " + SERVER),
                Arguments.of("truncated JSON", json(200, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"res"), Kind.RETRYABLE,
                        "cut off"),
                Arguments.of("malformed JSON", json(200, "{'jsonrpc': '2.0', 'result': True}"), Kind.RETRYABLE,
                        "not valid JSON"),
                Arguments.of("JSON that is not JSON-RPC", json(200, "{\"status\": \"pass\"}"), Kind.MISCONFIGURED,
                        "not Odoo's JSON-RPC"),
                Arguments.of("bus.Bus unavailable", rpcError(200, "builtins.Exception", "bus.Bus unavailable"),
                        Kind.MISCONFIGURED, "long-polling port"),
                Arguments.of("database server down", rpcError(200, "psycopg2.OperationalError",
                        "connection to server failed: Connection refused"), Kind.RETRYABLE, "its database"),
                Arguments.of("UserError", rpcError(200, "odoo.exceptions.UserError", "No cash statement found\nmore"),
                        Kind.REJECTED, "refused the request: No cash statement found"),
                Arguments.of("SerializationFailure", rpcError(200, "psycopg2.errors.SerializationFailure",
                        "could not serialize access due to concurrent update"), Kind.RETRYABLE,
                        "passing conflict in its database (SerializationFailure"),
                Arguments.of("DeadlockDetected", rpcError(200, "psycopg2.errors.DeadlockDetected", "deadlock detected"),
                        Kind.RETRYABLE, "passing conflict"),
                Arguments.of("conflict words under another name", rpcError(200, "odoo.exceptions.UserError",
                        "could not serialize access due to concurrent update"), Kind.REJECTED, "refused the request"),
                Arguments.of("AdminShutdown", rpcError(200, "psycopg2.errors.AdminShutdown",
                        "terminating connection due to administrator command"), Kind.RETRYABLE,
                        "cannot use its database right now"),
                Arguments.of("empty JSON body", new Exchange(SERVER, "/r", TIMEOUT, null, false, 200,
                        "application/json", null, null), Kind.RETRYABLE, "empty answer"),
                Arguments.of("303 to the login page", redirect(303, "http://127.0.0.1:8069/web/login?redirect=x"),
                        Kind.SESSION_EXPIRED, "session expired"),
                Arguments.of("301 to https", redirect(301, "https://shop.example.com/r"), Kind.MISCONFIGURED,
                        "redirects /r to https://shop.example.com/r (HTTP 301)"),
                Arguments.of("DNS", io(new UnknownHostException("shop.invalid")), Kind.RETRYABLE, "DNS"),
                Arguments.of("refused", io(new ConnectException("Connection refused")), Kind.RETRYABLE, "refused"),
                Arguments.of("timeout", io(new SocketTimeoutException("timeout")), Kind.RETRYABLE, "within 15 s"),
                Arguments.of("TLS", io(new SSLHandshakeException("PKIX path building failed")), Kind.MISCONFIGURED,
                        "certificate"),
                Arguments.of("reset mid-body", io(new SocketException("Connection reset")), Kind.RETRYABLE,
                        "broke off"),
                Arguments.of("cancelled", Exchange.failed(SERVER, "/r", TIMEOUT, new IOException("Canceled"), true),
                        Kind.RETRYABLE, "cancelled"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("synthetic")
    void aSyntheticFailureIsClassifiedAndWorded(String what, Exchange exchange, Kind kind, String words) {
        OdooException failure = Failures.classify(exchange);

        assertThat(failure).isNotNull();
        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.getMessage()).contains(words);
    }

    static Stream<Arguments> wires() throws IOException {
        return Stream.of(
                Arguments.of("DNS", io(new UnknownHostException("shop.invalid")), new Wire(Transport.DNS, 0, 0)),
                Arguments.of("refused", io(new ConnectException("Connection refused")),
                        new Wire(Transport.REFUSED, 0, 0)),
                Arguments.of("timeout", io(new SocketTimeoutException("timeout")), new Wire(Transport.TIMEOUT, 0, 0)),
                Arguments.of("TLS", io(new SSLHandshakeException("PKIX path building failed")),
                        new Wire(Transport.TLS, 0, 0)),
                Arguments.of("reset mid-body", io(new SocketException("Connection reset")),
                        new Wire(Transport.BROKEN, 0, 0)),
                Arguments.of("cancelled", Exchange.failed(SERVER, "/r", TIMEOUT, new IOException("Canceled"), true),
                        new Wire(Transport.CANCELLED, 0, 0)),
                Arguments.of("proxy 502", html(502), new Wire(Transport.NONE, 502, 0)),
                Arguments.of("HTML 404", recorded("v14", "440-longpolling-health-longpolling-port"),
                        new Wire(Transport.NONE, 404, 0)),
                Arguments.of("truncated JSON", json(200, "{\"jsonrpc\": \"2.0\", \"res"),
                        new Wire(Transport.NONE, 200, 0)),
                Arguments.of("session expired", recorded("v14", "070-callkw-bogus-session"),
                        new Wire(Transport.NONE, 200, 100)),
                Arguments.of("JSON-RPC 404", recorded("v15", "450-pos-longpolling-update-not-installed"),
                        new Wire(Transport.NONE, 404, 404)),
                Arguments.of("bus.Bus unavailable", rpcError(200, "builtins.Exception", "bus.Bus unavailable"),
                        new Wire(Transport.NONE, 200, 200)),
                Arguments.of("redirect", redirect(303, "http://127.0.0.1:8069/web/login"),
                        new Wire(Transport.NONE, 303, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wires")
    void aFailureRecordsWhatTheCallMetOnTheWire(String what, Exchange exchange, Wire wire) {
        OdooException failure = Failures.classify(exchange);

        assertThat(failure.wire()).isEqualTo(wire);
        assertThat(failure.transport()).isEqualTo(wire.transport());
        assertThat(failure.httpStatus()).isEqualTo(wire.httpStatus());
        assertThat(failure.rpcCode()).isEqualTo(wire.rpcCode());
    }

    @org.junit.jupiter.api.Test
    void aRouteMissingOnTheServerKeepsItsErrorNameAndCode() {
        OdooException failure = Failures.classify(recorded("v14", "900-json-route-not-found"));

        assertThat(failure.serverErrorName()).hasValue("werkzeug.exceptions.NotFound");
        assertThat(failure.rpcCode()).isEqualTo(404);
    }

    @org.junit.jupiter.api.Test
    void aFailureMadeOutsideTheClassifierKnowsNothingOfTheWire() {
        OdooException failure = new OdooException(Kind.MISCONFIGURED, "Odoo 16 is not supported yet.");

        assertThat(failure.wire()).isEqualTo(Wire.NONE);
    }

    @org.junit.jupiter.api.Test
    void aRejectionKeepsTheServersOwnMessageAndErrorName() {
        OdooException failure = Failures.classify(recorded("v14", "330-order-d-unknown-product"));

        assertThat(failure.serverErrorName()).hasValue("odoo.exceptions.ValidationError");
        assertThat(failure.serverMessage().orElseThrow()).contains("pos_order_line_product_id_fkey");
    }

    private static Exchange recorded(String version, String file) {
        JsonNode response = Transcripts.read(version, file).get("response");
        String type = response.path("headers").path("Content-Type").asText("");
        JsonNode body = response.get("body");
        return new Exchange(SERVER, "/route", TIMEOUT, null, false, response.get("status").asInt(), type,
                body.isTextual() ? null : body, null);
    }

    private static Exchange html(int status) {
        return new Exchange(SERVER, "/web/webclient/version_info", TIMEOUT, null, false, status,
                "text/html", null, null);
    }

    private static Exchange json(int status, String body) {
        try {
            JsonNode parsed = JsonRpcClient.MAPPER.readTree(body.getBytes(StandardCharsets.UTF_8));
            return new Exchange(SERVER, "/r", TIMEOUT, null, false, status, "application/json", parsed, null);
        } catch (JsonProcessingException e) {
            return new Exchange(SERVER, "/r", TIMEOUT, null, false, status, "application/json", null, e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Exchange rpcError(int code, String name, String message) {
        return json(200, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": {\"code\": " + code + ", \"message\": \"Odoo"
                + " Server Error\", \"data\": {\"name\": \"" + name + "\", \"message\": \""
                + message.replace("\n", "\\n") + "\"}}}");
    }

    private static Exchange redirect(int status, String location) {
        return new Exchange(SERVER, "/r", TIMEOUT, null, false, status, "", null, null, location);
    }

    private static Exchange io(IOException error) {
        return Exchange.failed(SERVER, "/r", TIMEOUT, error, false);
    }
}
