package till.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;

/** {@code till doctor}'s checks of the websocket push channel (16+), against the demo server and its faults. */
class WebsocketDoctorTest {

    private DemoServer demo;

    @AfterEach
    void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    private List<Check> doctor(Profile profile, String... faults) throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(profile)
                .withFaults(Arrays.stream(faults).map(Fault::parse).toList()));
        demo.openSession();
        DoctorOptions options = new DoctorOptions(demo.url(), null, demo.database(), DemoServer.LOGIN,
                Optional.of(DemoServer.PASSWORD), 1, Duration.ofSeconds(3),
                Optional.of(new ConnectionLimits(4, 2, 16, 100)));
        return new Doctor(options).run();
    }

    private static Check check(List<Check> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + checks));
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void aHealthyServerPassesEveryWebsocketCheckAndTheConnectionLimit(Profile profile) throws Exception {
        List<Check> checks = doctor(profile);

        assertThat(check(checks, "login").ok()).isTrue();
        assertThat(check(checks, "websocket").detail()).contains("/websocket upgraded (HTTP 101)")
                .contains("answered Till's ping");
        assertThat(check(checks, "websocket-headers").ok()).isTrue();
        assertThat(check(checks, "websocket-port").ok()).isTrue();
        assertThat(check(checks, "websocket-health").detail()).contains("\"pass\"");
        assertThat(check(checks, "connection-limit").detail()).contains("(1 + 4 workers + 2 cron threads)");
        assertThat(checks).filteredOn(c -> c.name().startsWith("websocket")).allMatch(Check::ok);
        assertThat(checks).noneMatch(c -> c.name().equals("push-route") || c.name().equals("push-hold"));
    }

    @Test
    void anUpgradeOnTheMainPortOfAMultiWorkerServerSaysToRouteItToTheGeventPort() throws Exception {
        List<Check> checks = doctor(Profile.V18, "ws-misroute");

        Check port = check(checks, "websocket-port");
        assertThat(port.ok()).isFalse();
        assertThat(port.detail()).contains("HTTP 500").contains("prefork");
        assertThat(port.advice()).contains("8072").contains("proxy_set_header Upgrade $http_upgrade");
        assertThat(check(checks, "websocket").ok()).isFalse();
        assertThat(check(checks, "websocket-headers").ok()).isTrue();
        assertThat(check(checks, "websocket-health").ok()).isTrue();
    }

    @Test
    void aProxyThatStripsTheUpgradeHeadersIsNamed() throws Exception {
        List<Check> checks = doctor(Profile.V17, "ws-refuse=400");

        Check headers = check(checks, "websocket-headers");
        assertThat(headers.ok()).isFalse();
        assertThat(headers.detail()).contains("HTTP 400").contains("strips the Upgrade and Connection headers");
        assertThat(headers.advice()).contains("proxy_set_header Connection $connection_upgrade");
        assertThat(check(checks, "websocket").ok()).isFalse();
        assertThat(check(checks, "websocket-port").detail()).startsWith("skipped");
    }

    @Test
    void aSocketTheServerClosesAtOnceFailsWithTheCloseInWords() throws Exception {
        List<Check> checks = doctor(Profile.V18, "ws-close=1013");

        assertThat(check(checks, "websocket").ok()).isFalse();
        assertThat(check(checks, "websocket").detail()).contains("1013");
        assertThat(check(checks, "websocket-port").ok()).isTrue();
    }

    @Test
    void aPushUrlThatRefusesConnectionsFailsTheWebsocketAndItsHealth() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V18));
        demo.openSession();
        DemoServer elsewhere = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V18));
        java.net.URI push = elsewhere.url();
        elsewhere.inject(Fault.of(FaultKind.DOWN));
        try {
            DoctorOptions options = new DoctorOptions(demo.url(), push, demo.database(), DemoServer.LOGIN,
                    Optional.of(DemoServer.PASSWORD), 1, Duration.ofSeconds(3), Optional.empty());
            List<Check> checks = new Doctor(options).run();

            assertThat(check(checks, "websocket").detail()).contains("refused the connection");
            assertThat(check(checks, "websocket").advice()).contains(":8072");
            assertThat(check(checks, "websocket-headers").detail()).startsWith("skipped");
            assertThat(check(checks, "websocket-health").ok()).isFalse();
        } finally {
            elsewhere.close();
        }
    }
}
