package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
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
import till.session.ClosingException;
import till.session.ClosingRequest;
import till.session.OpeningOutcome;
import till.session.SessionOpening;

/**
 * The next morning against the demo server on every profile: a closed session, then the next one created as the
 * version's dashboard does, its opening cash expected from the last closing's count and counted with the version's
 * opening call (14: the backend's balance and "Open Session"; 15, 17: set_cashbox_pos; 18, 19: set_opening_control).
 */
class SessionOpeningTest {

    private DemoServer server;
    private OdooSessionServer sessions;
    private int first;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        first = server.openSession();
        sessions = OdooSessionServer.connecting(server.url(), new Credentials(server.database(), DemoServer.LOGIN,
                DemoServer.PASSWORD), 1);
        if (profile == Profile.V14) {
            cashControl();
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theNextSessionExpectsTheLastClosingsCountAndOpensWithTheCashCounted(Profile profile) throws Exception {
        start(profile);
        sessions.close(new ClosingRequest(first, new BigDecimal("40.00"), List.of(2L), "evening"));
        SessionOpening opening = new SessionOpening(sessions);

        SessionOpening.Next next = opening.next();

        assertThat(next.created()).isTrue();
        assertThat(next.needsCount()).isTrue();
        assertThat(next.session().id()).isNotEqualTo(first);
        assertThat(next.session().openingCash()).isEqualByComparingTo("40.00");

        OpeningOutcome outcome = opening.open(Optional.of(new BigDecimal("42.50")), "two coins found");

        assertThat(outcome).isInstanceOfSatisfying(OpeningOutcome.Opened.class, opened -> {
            assertThat(opened.session().id()).isEqualTo(next.session().id());
            assertThat(opened.session().state()).isEqualTo("opened");
            assertThat(opened.session().name()).isNotEqualTo("/");
            assertThat(opened.session().openingCash()).isEqualByComparingTo("42.50");
            assertThat(opened.expected()).isEqualByComparingTo("40.00");
            assertThat(opened.difference()).isEqualByComparingTo("2.50");
        });
        JsonNode record = server.sessionRecord((int) next.session().id());
        assertThat(record.path("state").asText()).isEqualTo("opened");
        assertThat(record.path("cash_register_balance_start").decimalValue()).isEqualByComparingTo("42.50");
        if (profile != Profile.V14) {
            // 14 keeps no opening note.
            assertThat(record.path("opening_notes").asText()).isEqualTo("two coins found");
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aSessionOpenPastItsCountIsLeftAsItIs(Profile profile) throws Exception {
        start(profile);

        OpeningOutcome outcome = new SessionOpening(sessions).open(Optional.of(BigDecimal.TEN), "");

        assertThat(outcome).isInstanceOfSatisfying(OpeningOutcome.AlreadyOpen.class,
                open -> assertThat(open.session().id()).isEqualTo(first));
        assertThat(server.sessionRecord(first).path("state").asText()).isEqualTo("opened");
    }

    @Test
    void fourteenWithoutCashControlOpensTheSessionAsItCreatesIt() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V14));
        first = server.openSession();
        sessions = OdooSessionServer.connecting(server.url(), new Credentials(server.database(), DemoServer.LOGIN,
                DemoServer.PASSWORD), 1);
        sessions.close(new ClosingRequest(first, BigDecimal.ZERO, List.of(2L), ""));

        OpeningOutcome outcome = new SessionOpening(sessions).open(Optional.of(BigDecimal.TEN), "");

        assertThat(outcome).isInstanceOfSatisfying(OpeningOutcome.Opened.class,
                opened -> assertThat(opened.session().state()).isEqualTo("opened"));
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V15", "V19"})
    void aServerThatIsDownIsATryAgain(Profile profile) throws Exception {
        start(profile);
        sessions.close(new ClosingRequest(first, BigDecimal.ZERO, List.of(2L), ""));
        server.inject(Fault.of(FaultKind.DOWN));

        assertThatThrownBy(() -> new SessionOpening(sessions).open(Optional.empty(), ""))
                .isInstanceOfSatisfying(ClosingException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ClosingException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("try again");
                });
    }

    /** 14's demo shop has no cash control; its opening count needs it (as 14's backend does). */
    private void cashControl() throws Exception {
        JsonRpcOdooClient admin = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        admin.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(1);
        args.addObject().put("cash_control", true);
        admin.callKw("pos.config", "write", args, JsonRpcClient.MAPPER.createObjectNode(), OdooClient.CALL_TIMEOUT);
    }
}
