package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;

/**
 * {@code till session cash-in|cash-out} end to end on the demo profiles: recorded and sent (exit 0), listed by
 * {@code status} and in the closing's expected cash and Z report; recorded but not sent while the server is down
 * (exit 1), which blocks {@code session close} (exit 4, the move listed); usage errors exit 2, no setup 3.
 */
class SessionCashMoveCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private DemoServer server;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private int session;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        session = server.openSession();
        Path password = Files.writeString(dir.resolve("password.txt"), DemoServer.PASSWORD + "\n");
        assertThat(till("setup", "--server", server.url().toString(), "--db", server.database(), "--login",
                DemoServer.LOGIN, "--password-file", password.toString(), "--pos-config", "1", "--keep-password"))
                .as(err.toString()).isZero();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void cashInAndOutAreSentListedAndCountedInTheZReport(Profile profile) throws Exception {
        start(profile);
        assertThat(till("session", "status", "--json")).as(err.toString()).isZero();
        JsonNode before = JSON.readTree(out.toString());

        assertThat(till("session", "cash-in", "50", "--reason", "float for change")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("cash in 50.00").contains("sent to the server");
        assertThat(till("session", "cash-out", "20.50", "--reason", "window cleaner", "--json")).as(err.toString())
                .isZero();
        JsonNode move = JSON.readTree(out.toString());
        assertThat(move.path("type").asText()).isEqualTo("out");
        assertThat(move.path("amount").decimalValue()).isEqualByComparingTo("20.50");
        assertThat(move.path("reason").asText()).isEqualTo("window cleaner");
        assertThat(move.path("state").asText()).isEqualTo("sent");
        assertThat(move.path("sent").asBoolean()).isTrue();
        assertThat(move.path("session").path("id").asInt()).isEqualTo(session);
        assertThat(move.path("ref").asText()).startsWith("cm-");

        assertThat(till("session", "status", "--json")).as(err.toString()).isZero();
        JsonNode status = JSON.readTree(out.toString());
        assertThat(status.path("cash_moves")).hasSize(2);
        assertThat(status.path("cash_moves").get(0).path("state").asText()).isEqualTo("sent");
        assertThat(status.path("cash").path("expected").decimalValue()).isEqualByComparingTo(
                before.path("cash").path("expected").decimalValue().add(new java.math.BigDecimal("29.50")));
        assertThat(status.path("unsent_cash_moves")).isEmpty();

        assertThat(till("session", "close")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("cash moves: 2, net 29.50").contains("float for change")
                .contains("window cleaner");
    }

    @Test
    void aMoveWhileTheServerIsDownIsRecordedExitsOneAndBlocksTheClose() throws Exception {
        start(Profile.V18);
        server.inject(new Fault(FaultKind.DOWN, ""));

        assertThat(till("session", "cash-out", "200", "--reason", "bank deposit")).isEqualTo(1);
        assertThat(err.toString()).contains("recorded on this till but not confirmed by the server");

        assertThat(till("session", "close", "--json")).isEqualTo(4);
        JsonNode refusal = JSON.readTree(out.toString());
        assertThat(refusal.path("closed").asBoolean()).isFalse();
        assertThat(refusal.path("unsent_cash_moves").get(0).path("reason").asText()).isEqualTo("bank deposit");
        assertThat(err.toString()).contains("1 cash moves of session " + session + " are not confirmed")
                .contains("out  200.00  bank deposit");

        server.clearFaults();
        // The next cash move sends what waits, oldest first.
        assertThat(till("session", "cash-in", "5", "--reason", "coins")).as(err.toString()).isZero();
        assertThat(till("session", "status")).isZero();
        assertThat(out.toString()).contains("cash moves: 2").doesNotContain("waiting");
        assertThat(till("session", "close")).as(err.toString()).isZero();
    }

    @Test
    void usageErrorsExitTwoAndWithoutSetupThree() throws Exception {
        assertThat(till("session", "cash-in", "5", "--reason", "x")).isEqualTo(3);
        start(Profile.V15);
        assertThat(till("session", "cash-in", "5")).isEqualTo(2);
        assertThat(err.toString()).contains("--reason");
        assertThat(till("session", "cash-out", "5,00", "--reason", "x")).isEqualTo(2);
        assertThat(till("session", "cash-out", "5", "--reason", "   ")).isEqualTo(2);
        assertThat(err.toString()).contains("a reason is required");
        assertThat(till("session", "status", "--json")).isZero();
        assertThat(JSON.readTree(out.toString()).path("cash_moves")).isEmpty();
    }

    private int till(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
