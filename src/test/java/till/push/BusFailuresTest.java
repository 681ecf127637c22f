package till.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import till.push.BusCause.Kind;
import till.odoo.OdooException;
import till.odoo.OdooException.Transport;
import till.odoo.OdooException.Wire;

/**
 * Each classified failure becomes the cause the icon explains, with advice naming what to change, decided from the
 * failure's structured fields: words that say otherwise change nothing.
 */
class BusFailuresTest {

    private static OdooException transport(Transport transport) {
        return new OdooException(OdooException.Kind.RETRYABLE, "words", new Wire(transport, 0, 0), null, null, null);
    }

    private static OdooException http(OdooException.Kind kind, int status, String words) {
        return new OdooException(kind, words, new Wire(Transport.NONE, status, 0), null, null, null);
    }

    private static OdooException rpc(OdooException.Kind kind, int code, String message, String name) {
        return new OdooException(kind, "words", new Wire(Transport.NONE, 200, code), message, name, null);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(transport(Transport.DNS), Kind.DNS, "DNS"),
                Arguments.of(transport(Transport.REFUSED), Kind.REFUSED, "8072"),
                Arguments.of(transport(Transport.TIMEOUT), Kind.TIMEOUT, "keeps trying"),
                Arguments.of(transport(Transport.TLS), Kind.TLS, "certificate"),
                Arguments.of(transport(Transport.BROKEN), Kind.CONNECTION_BROKEN, "network"),
                Arguments.of(transport(Transport.CANCELLED), Kind.CONNECTION_BROKEN, "network"),
                Arguments.of(http(OdooException.Kind.RETRYABLE, 502, "The server answered with an HTML page"
                        + " (HTTP 502 from a proxy) instead of Odoo's JSON."), Kind.PROXY_STATUS, "proxy_read_timeout"),
                Arguments.of(http(OdooException.Kind.RETRYABLE, 504, "words"), Kind.PROXY_STATUS, "proxy_read_timeout"),
                Arguments.of(rpc(OdooException.Kind.MISCONFIGURED, 200, "bus.Bus unavailable", "builtins.Exception"),
                        Kind.BUS_UNAVAILABLE, "8072"),
                Arguments.of(rpc(OdooException.Kind.MISCONFIGURED, 404, "404 Not Found",
                        "werkzeug.exceptions.NotFound"), Kind.NO_POLL_ROUTE, "16"),
                Arguments.of(http(OdooException.Kind.MISCONFIGURED, 404, "The server has no Odoo route"
                        + " /longpolling/poll (HTTP 404 with an HTML page)"), Kind.NO_POLL_ROUTE, "proxy rule"),
                Arguments.of(rpc(OdooException.Kind.SESSION_EXPIRED, 100, "Session expired",
                        "odoo.http.SessionExpiredException"), Kind.SESSION_EXPIRED, "password"),
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

    @Test
    void wordsThatMentionAStatusDoNotMakeIt() {
        OdooException rejected = http(OdooException.Kind.REJECTED, 200, "The server refused the request: HTTP 502"
                + " from the payment terminal");

        assertThat(BusFailures.of(rejected, BusCalls.POLL, "http://shop:8069").kind()).isEqualTo(Kind.SERVER_ERROR);
    }

    @Test
    void aTransportFailureIsKnownByItsTypeNotItsWords() {
        OdooException timeout = new OdooException(OdooException.Kind.RETRYABLE, "The server name could not be found"
                + " (DNS)", new Wire(Transport.TIMEOUT, 0, 0), null, null, null);

        assertThat(BusFailures.of(timeout, BusCalls.POLL, "http://shop:8069").kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void aFailedLoginSaysWhichStepFailedWithTheKindAndAdviceOfTheOdooFailureBehindIt() {
        Exception login = new Exception("Cannot talk to the server at http://shop:8069: refused",
                transport(Transport.REFUSED));

        BusCause cause = BusFailures.ofLogin(login, "http://shop:8069");

        assertThat(cause.kind()).isEqualTo(Kind.REFUSED);
        assertThat(cause.words()).isEqualTo("Cannot talk to the server at http://shop:8069: refused");
        assertThat(cause.advice()).contains("8072");
    }

    @Test
    void aFailedLoginWithoutAnOdooFailureAsksToCheckTheSettings() {
        BusCause cause = BusFailures.ofLogin(new Exception("The password was not kept"), "http://shop:8069");

        assertThat(cause.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(cause.advice()).contains("till setup");
    }
}
