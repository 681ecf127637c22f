package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.odoo.Credentials;
import till.odoo.JsonRpcClient;
import till.odoo.JsonRpcOdooClient;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.Profile;

/** {@code till doctor} against the demo server, healthy and with the setups support people meet. */
class DoctorCommandTest {

    @TempDir
    Path dir;

    private DemoServer demo;
    private HttpServer foreign;
    private CliRun till;
    private int exit;

    @AfterEach
    void stop() {
        if (demo != null) {
            demo.close();
        }
        if (foreign != null) {
            foreign.stop(0);
        }
    }

    private void serve(Profile profile, Duration hold, String... faults) throws Exception {
        List<Fault> list = java.util.Arrays.stream(faults).map(Fault::parse).toList();
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(profile).withHold(hold).withFaults(list));
    }

    private JsonNode doctor(String... more) throws Exception {
        Path password = dir.resolve("password");
        Files.writeString(password, DemoServer.PASSWORD + "\n");
        List<String> args = new ArrayList<>(List.of("--server", demo.url().toString(), "--db", "demo", "--login",
                DemoServer.LOGIN, "--password-file", password.toString(), "--pos-config", "1", "--quick", "--json"));
        args.addAll(List.of(more));
        exit = run(args);
        return JsonRpcClient.MAPPER.readTree(till.out());
    }

    /** {@code till --data-dir DIR doctor ARGS...}; what it printed is in {@link #till}. */
    private int run(List<String> args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString(), "doctor"));
        all.addAll(args);
        till = new CliRun(dir);
        return till.run(all.toArray(String[]::new));
    }

    private static JsonNode check(JsonNode report, String name) {
        for (JsonNode c : report.path("checks")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no check " + name + " in " + report);
    }

    @Test
    void aHealthyFourteenPassesEveryCheckWithThePongRoundTrip() throws Exception {
        serve(Profile.V14, Duration.ofMillis(500));

        JsonNode report = doctor("--workers", "2", "--max-cron-threads", "1", "--db-maxconn", "8",
                "--max-connections", "100");

        assertThat(exit).isZero();
        assertThat(report.path("ok").asBoolean()).isTrue();
        List<String> names = new ArrayList<>();
        report.path("checks").forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).containsExactly("server", "version", "database", "login", "pos", "pos-session",
                "push-route", "push-hold", "push-wakes", "connection-limit");
        assertThat(report.path("checks")).allSatisfy(c -> assertThat(c.has("advice") && c.has("detail")).isTrue());
        assertThat(check(report, "push-wakes").path("detail").asText()).contains("PONG woke the held poll");
        assertThat(check(report, "pos").path("detail").asText()).contains("pos_longpolling");
    }

    @Test
    void anEighteenGetsTheWebsocketChecksInsteadOfTheLongPollOnes() throws Exception {
        serve(Profile.V18, Duration.ofMillis(500));
        demo.openSession();

        JsonNode report = doctor();

        assertThat(check(report, "websocket").path("ok").asBoolean()).isTrue();
        assertThat(check(report, "websocket-headers").path("ok").asBoolean()).isTrue();
        assertThat(check(report, "websocket-port").path("ok").asBoolean()).isTrue();
        assertThat(check(report, "websocket-health").path("ok").asBoolean()).isTrue();
        assertThat(report.toString()).doesNotContain("push-hold");
    }

    @Test
    void aHealthyFifteenPassesAndSaysWhyItCannotTestAWake() throws Exception {
        serve(Profile.V15, Duration.ofMillis(500));

        JsonNode report = doctor();

        assertThat(exit).isZero();
        assertThat(check(report, "push-wakes").path("detail").asText()).startsWith("skipped");
        assertThat(check(report, "connection-limit").path("ok").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void aHealthySeventeenEighteenOrNineteenPassesWithItsWebsocketChecksInsteadOfTheLongPollingOnes(Profile profile)
            throws Exception {
        serve(profile, Duration.ofMillis(500));
        demo.openSession();

        JsonNode report = doctor();

        assertThat(exit).as(report.toString()).isZero();
        assertThat(check(report, "version").path("detail").asText()).isEqualTo("Odoo " + profile.major() + ".0.");
        assertThat(check(report, "pos-session").path("ok").asBoolean()).isTrue();
        for (String websocket : new String[] {"websocket", "websocket-headers", "websocket-port", "websocket-health"}) {
            assertThat(check(report, websocket).path("ok").asBoolean()).as(websocket).isTrue();
        }
        assertThat(report.path("checks").findValuesAsText("name")).doesNotContain("push-route", "poll-hold");
    }

    @Test
    void aServerOfAVersionTillDoesNotSpeakIsAConfigurationErrorNamingTheVersions() throws Exception {
        foreign = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        foreign.createContext("/", exchange -> {
            byte[] bytes = ("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {\"server_version\": \"20.0\","
                    + " \"server_version_info\": [20, 0, 0, \"final\", 0, \"\"]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        foreign.start();

        exit = run(List.of("--server", "http://127.0.0.1:" + foreign.getAddress().getPort(), "--db", "demo",
                "--quick", "--json"));

        assertThat(exit).isEqualTo(3);
        JsonNode version = check(JsonRpcClient.MAPPER.readTree(till.out()), "version");
        assertThat(version.path("ok").asBoolean()).isFalse();
        assertThat(version.path("detail").asText()).contains("Odoo 20.0").contains("Till works with Odoo 14, 15, 17,"
                + " 18 and 19.");
        assertThat(version.path("advice").asText()).contains("14, 15, 17, 18 or 19");
    }

    @Test
    void aNineteenPosWithoutAnInvoiceJournalFailsInWordsThatSayWhereToSetIt() throws Exception {
        serve(Profile.V19, Duration.ofMillis(500));
        demo.openSession();
        JsonNode healthy = check(doctor(), "invoice-journal");
        JsonRpcOdooClient admin = new JsonRpcOdooClient(JsonRpcClient.create(demo.url()));
        admin.authenticate(new Credentials(demo.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(1);
        args.addObject().put("invoice_journal_id", false);
        admin.callKw("pos.config", "write", args, JsonRpcClient.MAPPER.createObjectNode(), Duration.ofSeconds(5));

        JsonNode report = doctor();

        assertThat(healthy.path("ok").asBoolean()).as(healthy.toString()).isTrue();
        assertThat(exit).isNotZero();
        JsonNode journal = check(report, "invoice-journal");
        assertThat(journal.path("ok").asBoolean()).isFalse();
        assertThat(journal.path("detail").asText()).contains("has no invoice journal").contains("refuses every order");
        assertThat(journal.path("advice").asText()).contains("Invoice Journal").contains("retry-rejected");
    }

    @Test
    void aMisroutedPollFailsWithWhereToRouteIt() throws Exception {
        serve(Profile.V14, Duration.ofMillis(500), "misroute-bus-unavailable");

        JsonNode route = check(doctor(), "push-route");

        assertThat(exit).isEqualTo(1);
        assertThat(route.path("ok").asBoolean()).isFalse();
        assertThat(route.path("detail").asText()).contains("bus.Bus unavailable");
        assertThat(route.path("advice").asText()).contains("8072");
    }

    @Test
    void aProxyCuttingThePollSaysToRaiseItsReadTimeout() throws Exception {
        serve(Profile.V14, Duration.ofMillis(500), "proxy-504=/longpolling/poll");

        JsonNode route = check(doctor(), "push-route");

        assertThat(exit).isEqualTo(1);
        assertThat(route.path("detail").asText()).contains("HTTP 504");
        assertThat(route.path("advice").asText()).contains("proxy_read_timeout");
    }

    @Test
    void notificationsThatOnlyComeWithThePollsReturnPointAtPgBouncer() throws Exception {
        serve(Profile.V14, Duration.ofMillis(1500), "late-notifications");

        JsonNode wakes = check(doctor(), "push-wakes");

        assertThat(exit).isEqualTo(1);
        assertThat(wakes.path("ok").asBoolean()).isFalse();
        assertThat(wakes.path("detail").asText()).contains("LISTEN/NOTIFY");
        assertThat(wakes.path("advice").asText()).contains("PgBouncer");
    }

    @Test
    void tooManyDatabaseConnectionsFailWithTheNumbersToChange() throws Exception {
        serve(Profile.V15, Duration.ofMillis(500));

        JsonNode limit = check(doctor("--workers", "4", "--max-cron-threads", "2", "--db-maxconn", "64",
                "--max-connections", "100"), "connection-limit");

        assertThat(exit).isEqualTo(1);
        assertThat(limit.path("detail").asText()).contains("= 448").contains("max_connections 100");
        assertThat(limit.path("advice").asText()).contains("db_maxconn").contains("at most 14");
    }

    @Test
    void anOdooConfFileGivesTheWorkerNumbers() throws Exception {
        serve(Profile.V15, Duration.ofMillis(500));
        Path conf = dir.resolve("odoo.conf");
        Files.writeString(conf, "[options]\nworkers = 4\nmax_cron_threads = 1\ndb_maxconn = 8\n");

        JsonNode limit = check(doctor("--odoo-conf", conf.toString(), "--max-connections", "100"),
                "connection-limit");

        assertThat(exit).isZero();
        assertThat(limit.path("detail").asText()).contains("(1 + 4 workers + 1 cron threads) * db_maxconn 8 = 48");
    }

    @Test
    void aThreadedServerNeedsOnlyOnePool() throws Exception {
        serve(Profile.V15, Duration.ofMillis(500));

        JsonNode limit = check(doctor("--workers", "0", "--max-connections", "100"), "connection-limit");

        assertThat(exit).isZero();
        assertThat(limit.path("detail").asText()).contains("db_maxconn 64").contains("< PostgreSQL max_connections");
    }

    @Test
    void anUnreachableServerFailsAtTheFirstCheckWithWhatToDo() throws Exception {
        serve(Profile.V15, Duration.ofMillis(500), "down");

        JsonNode report = doctor();

        assertThat(exit).isEqualTo(1);
        assertThat(check(report, "server").path("detail").asText()).contains("refused");
        assertThat(check(report, "server").path("advice").asText()).contains("not running");
    }

    @Test
    void withoutJsonItPrintsEachFindingAndWhatToDo() throws Exception {
        serve(Profile.V14, Duration.ofMillis(500), "misroute-bus-unavailable");
        exit = run(List.of("--server", demo.url().toString(), "--db", "demo", "--quick"));

        String text = till.out();
        assertThat(exit).isEqualTo(1);
        assertThat(text).contains("[ ok ] server:").contains("[ ok ] login: skipped")
                .contains("[FAIL] push-route:").contains("what to do: Route /longpolling").contains("check(s) failed.");
    }
}
