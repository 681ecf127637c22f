package till.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import till.push.BusCause.Kind;
import till.odoo.OdooException;

/** Each classified failure becomes the cause the icon explains, with advice naming what to change. */
class BusFailuresTest {

    private static OdooException transport(IOException cause) {
        return new OdooException(OdooException.Kind.RETRYABLE, "words", null, null, cause);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(transport(new UnknownHostException("shop.example")), Kind.DNS, "DNS"),
                Arguments.of(transport(new ConnectException("refused")), Kind.REFUSED, "8072"),
                Arguments.of(transport(new SocketTimeoutException("timeout")), Kind.TIMEOUT, "keeps trying"),
                Arguments.of(transport(new SSLHandshakeException("untrusted")), Kind.TLS, "certificate"),
                Arguments.of(transport(new IOException("reset")), Kind.CONNECTION_BROKEN, "network"),
                Arguments.of(new OdooException(OdooException.Kind.RETRYABLE, "The server answered with an HTML page"
                        + " (HTTP 502 from a proxy) instead of Odoo's JSON."), Kind.PROXY_STATUS, "proxy_read_timeout"),
                Arguments.of(new OdooException(OdooException.Kind.MISCONFIGURED, "words", "bus.Bus unavailable",
                        "builtins.Exception", null), Kind.BUS_UNAVAILABLE, "8072"),
                Arguments.of(new OdooException(OdooException.Kind.MISCONFIGURED, "words", "404 Not Found",
                        "werkzeug.exceptions.NotFound", null), Kind.NO_POLL_ROUTE, "16"),
                Arguments.of(new OdooException(OdooException.Kind.MISCONFIGURED, "The server has no Odoo route"
                        + " /longpolling/poll (HTTP 404 with an HTML page)"), Kind.NO_POLL_ROUTE, "proxy rule"),
                Arguments.of(new OdooException(OdooException.Kind.SESSION_EXPIRED, "The Odoo session expired."),
                        Kind.SESSION_EXPIRED, "password"),
                Arguments.of(new OdooException(OdooException.Kind.REJECTED, "The server refused the request: x"),
                        Kind.SERVER_ERROR, ""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("failures")
    void everyFailureHasItsCauseAndAdvice(OdooException failure, Kind kind, String advice) {
        BusCause cause = BusFailures.of(failure, BusCalls.POLL, "http://shop:8069");

        assertThat(cause.kind()).isEqualTo(kind);
        assertThat(cause.kind().isFailure()).isTrue();
        assertThat(cause.words()).isNotBlank();
        assertThat(cause.advice()).contains(advice);
    }
}
