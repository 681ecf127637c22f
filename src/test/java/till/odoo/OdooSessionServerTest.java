package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.session.ClosingException;
import till.session.ClosingRequest;
import till.session.ServerSession;

/**
 * Closing a POS session with the calls of each version against the demo server (14: the backend button, with cash
 * control also the count and the validation; 15, 17, 18, 19: the closing popup's three calls), and the server's
 * refusals in its own words.
 */
class OdooSessionServerTest {

    private DemoServer server;
    private OdooSessionServer sessions;
    private int sessionId;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        sessionId = server.openSession();
        sessions = OdooSessionServer.connecting(server.url(), new Credentials(server.database(), DemoServer.LOGIN,
                DemoServer.PASSWORD), 1);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void closesTheOpenSessionAsTheWebPosOfItsVersionDoes(Profile profile) throws Exception {
        start(profile);
        ServerSession before = sessions.session(sessionId);
        assertThat(before.state()).isEqualTo("opened");
        assertThat(before.closed()).isFalse();

        sessions.close(new ClosingRequest(sessionId, new BigDecimal("12.50"), List.of(2L), "two coins short"));

        JsonNode after = server.sessionRecord(sessionId);
        assertThat(after.path("state").asText()).isEqualTo("closed");
        assertThat(sessions.session(sessionId).closed()).isTrue();
        if (profile != Profile.V14) {
            // The popup's calls: the notes of update_closing_control_state_session, the count of
            // post_closing_cash_details (the 15-19 configs have cash control).
            assertThat(after.path("closing_notes").asText()).isEqualTo("two coins short");
            assertThat(after.path("cash_register_balance_end_real").decimalValue()).isEqualByComparingTo("12.50");
        }
    }

    @Test
    void fourteenWithCashControlWritesTheCountThenValidatesTheSession() throws Exception {
        start(Profile.V14);
        JsonRpcOdooClient admin = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        admin.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(1);
        args.addObject().put("cash_control", true);
        admin.callKw("pos.config", "write", args, JsonRpcClient.MAPPER.createObjectNode(), OdooClient.CALL_TIMEOUT);

        sessions.close(new ClosingRequest(sessionId, new BigDecimal("80.00"), List.of(2L), ""));

        JsonNode after = server.sessionRecord(sessionId);
        assertThat(after.path("state").asText()).isEqualTo("closed");
        assertThat(after.path("cash_register_balance_end_real").decimalValue()).isEqualByComparingTo("80.00");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aServerThatWillNotCloseIsHeardInItsOwnWordsAndTheSessionStaysOpen(Profile profile) throws Exception {
        start(profile);
        server.inject(new Fault(FaultKind.CLOSING_REFUSED, "There are still unposted entries in journal CSH1."));

        assertThatThrownBy(() -> sessions.close(new ClosingRequest(sessionId, BigDecimal.ZERO, List.of(2L), "")))
                .isInstanceOfSatisfying(ClosingException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ClosingException.Kind.REFUSED);
                    assertThat(e.getMessage()).contains("There are still unposted entries in journal CSH1.");
                });
        assertThat(server.sessionRecord(sessionId).path("state").asText()).isNotEqualTo("closed");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void closingASessionThatIsAlreadyClosedIsRefused(Profile profile) throws Exception {
        start(profile);
        server.closeCurrentSession();

        assertThatThrownBy(() -> sessions.close(new ClosingRequest(sessionId, BigDecimal.ZERO, List.of(2L), "")))
                .isInstanceOfSatisfying(ClosingException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ClosingException.Kind.REFUSED);
                    assertThat(e.getMessage()).contains("This session is already closed.");
                });
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aServerThatIsDownIsATryAgainNotARefusal(Profile profile) throws Exception {
        start(profile);
        server.inject(Fault.of(FaultKind.DOWN));

        assertThatThrownBy(() -> sessions.session(sessionId)).isInstanceOfSatisfying(ClosingException.class,
                e -> assertThat(e.kind()).isEqualTo(ClosingException.Kind.UNREACHABLE));
    }
}
