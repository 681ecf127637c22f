package till.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.testsupport.HostileAnswers;
import till.testsupport.HostileServer;

/**
 * {@code till doctor} pointed at something that is not Odoo, or at Odoo behind a scripted server on a real loopback
 * socket: the first check says what answers there and what to do, never advice about another route.
 */
class HostileDoctorTest {

    private static final String VERSION = "/web/webclient/version_info";

    private DemoServer demo;
    private HostileServer hostile;

    @AfterEach
    void stop() throws Exception {
        if (hostile != null) {
            hostile.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    private List<Check> doctor() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withHold(Duration.ofMillis(500)));
        hostile = HostileServer.inFrontOf(demo.url());
        return doctorAt(hostile);
    }

    private static List<Check> doctorAt(HostileServer server) {
        return new Doctor(new DoctorOptions(server.url(), null, "demo", DemoServer.LOGIN,
                Optional.of(DemoServer.PASSWORD), 1, Duration.ofSeconds(3), Optional.empty())).run();
    }

    static Stream<Arguments> notOdoo() {
        return Stream.of(
                Arguments.of("another web server's 404 page", HostileAnswers.html(404), "a page (HTTP 404)"),
                Arguments.of("a web page", HostileAnswers.html(200), "a page (HTTP 200)"),
                Arguments.of("a JSON health check", HostileAnswers.json("{\"status\": \"pass\"}"),
                        "JSON that is not JSON-RPC"),
                Arguments.of("a JSON-RPC server without the route", HostileAnswers.rpcError(404,
                        "werkzeug.exceptions.NotFound", "404: Not Found"), "no such route"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notOdoo")
    void anAddressThatIsNotOdoosSaysSoAndToCheckTheAddress(String name, HostileServer.Answer answer, String got)
            throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15));
        hostile = HostileServer.inFrontOf(demo.url());
        hostile.always("/", answer);

        List<Check> checks = doctorAt(hostile);

        Check server = checks.get(0);
        assertThat(server.name()).isEqualTo("server");
        assertThat(server.ok()).isFalse();
        assertThat(server.detail()).contains("is not an Odoo server", VERSION, got);
        assertThat(server.advice()).contains("Check the address").doesNotContain("/longpolling", "proxy rule");
    }

    @Test
    void aProxysBadGatewayOnTheFirstCallSaysOdooBehindItIsDown() throws Exception {
        doctor();
        hostile.always(VERSION, HostileAnswers.html(502));

        Check server = doctorAt(hostile).get(0);

        assertThat(server.ok()).isFalse();
        assertThat(server.detail()).contains("A proxy answered HTTP 502");
        assertThat(server.advice()).contains("down");
    }

    @Test
    void odooBehindAWellBehavedScriptedServerPassesEveryCheck() throws Exception {
        List<Check> checks = doctor();

        assertThat(checks).extracting(Check::name).startsWith("server", "version", "database", "login", "pos");
        assertThat(checks.stream().filter(c -> !c.name().equals("connection-limit")))
                .allSatisfy(c -> assertThat(c.ok()).as(c.name() + ": " + c.detail()).isTrue());
    }
}
