package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.Profile;
import till.order.PaidOrder;
import till.outbox.FailureKind;
import till.outbox.SendResult;
import till.testsupport.PaidOrders;

/**
 * Whether a failed order call may have reached the server, as decided from the wire: a call refused before it went out
 * is plainly not sent, a deadline that passes after the request went out is of unknown outcome, and Odoo's own error
 * answer is a verdict. Also: which answers account for an order, and which refusals mean "already stored".
 */
class OrderOutcomesTest {

    private static final String CREATE_FROM_UI = "/web/dataset/call_kw/pos.order/create_from_ui";
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void aCallRefusedBeforeItWentOutIsNotSentAndNothingElse() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        JsonRpcClient client = JsonRpcClient.create(URI.create("http://127.0.0.1:" + closed));

        assertThatThrownBy(() -> client.startOnce(CREATE_FROM_UI, JsonRpcClient.MAPPER.createObjectNode(),
                Duration.ofSeconds(5)).await()).isInstanceOfSatisfying(OdooException.class, e -> {
                    assertThat(e.transport()).isEqualTo(OdooException.Transport.REFUSED);
                    assertThat(e.requestWritten()).isFalse();
                    assertThat(OrderOutcomes.ofCreate(e).kind()).isEqualTo(FailureKind.RETRYABLE);
                });
    }

    @Test
    void aDeadlineThatPassesAfterTheRequestWentOutIsOfUnknownOutcome() throws Exception {
        try (DemoServer demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15))) {
            demo.inject(Fault.parse("hang=" + CREATE_FROM_UI));
            JsonRpcClient client = JsonRpcClient.create(demo.url());

            assertThatThrownBy(() -> client.startOnce(CREATE_FROM_UI, JsonRpcClient.MAPPER.createObjectNode(),
                    Duration.ofMillis(300)).await()).isInstanceOfSatisfying(OdooException.class, e -> {
                        assertThat(e.transport()).isEqualTo(OdooException.Transport.TIMEOUT);
                        assertThat(e.requestWritten()).isTrue();
                        assertThat(OrderOutcomes.ofCreate(e).kind()).isEqualTo(FailureKind.OUTCOME_UNKNOWN);
                    });
        }
    }

    @Test
    void odoosOwnErrorAnswerIsAVerdictNotAnUnknownOutcome() throws Exception {
        try (DemoServer demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15))) {
            JsonRpcOdooClient client = new JsonRpcOdooClient(JsonRpcClient.create(demo.url()));
            client.authenticate(new Credentials(demo.database(), DemoServer.LOGIN, DemoServer.PASSWORD));

            assertThatThrownBy(() -> client.callKw("pos.order", "no_such_method",
                    JsonRpcClient.MAPPER.createArrayNode(), JsonRpcClient.MAPPER.createObjectNode(),
                    Duration.ofSeconds(5))).isInstanceOfSatisfying(OdooException.class, e -> {
                        assertThat(e.requestWritten()).isTrue();
                        assertThat(e.rpcCode()).isNotZero();
                        assertThat(OrderOutcomes.outcomeUnknown(e)).isFalse();
                    });
        }
    }

    @Test
    void anAnswerAccountsOnlyForTheOrdersItNamesWithAnId() throws Exception {
        PaidOrder named = PaidOrders.paid(2, 2, 27, "25.00", 2, T0);
        PaidOrder withoutId = PaidOrders.paid(2, 1, 27, "25.00", 2, T0);
        PaidOrder absent = PaidOrders.paid(2, 3, 27, "25.00", 2, T0);
        OrderAnswer answer = new OrderAnswer(Map.of("", new OrderAnswer.Stored(0, "", 0),
                withoutId.name(), new OrderAnswer.Stored(0, withoutId.name(), 0),
                " ", new OrderAnswer.Stored(7, " ", 0),
                named.name(), new OrderAnswer.Stored(12, named.name(), 0),
                "Order 99999-999-9999", new OrderAnswer.Stored(13, "Order 99999-999-9999", 0)));
        OrderProtocol protocol = VersionProfile.of(new ServerVersion(15, "15.0")).orders();

        SendResult junk = AnswerAccount.of(List.of(withoutId, named, absent), answer, protocol);

        assertThat(junk.storedNames()).containsExactly(named.name());
        assertThat(junk.serverIds()).containsExactly(Map.entry(named.name(), 12L));
        assertThat(AnswerAccount.of(List.of(named), new OrderAnswer(Map.of()), protocol).storedNames()).isEmpty();
    }

    @Test
    void aUniqueIndexRefusalMeansAlreadyStoredWhetherOdooNamesTheErrorOrPassesItsWords() {
        OdooException named = new OdooException(OdooException.Kind.REJECTED, "The server refused the request",
                new OdooException.Wire(OdooException.Transport.NONE, 200, 200), "duplicate key",
                "psycopg2.errors.UniqueViolation", null);
        OdooException worded = new OdooException(OdooException.Kind.REJECTED, "The server refused the request",
                new OdooException.Wire(OdooException.Transport.NONE, 200, 200), "duplicate key value violates"
                + " unique constraint \"pos_order_pos_reference_uniq\"", "odoo.exceptions.ValidationError", null);
        OdooException other = new OdooException(OdooException.Kind.REJECTED, "The server refused the request",
                new OdooException.Wire(OdooException.Transport.NONE, 200, 200), "No cash statement found",
                "odoo.exceptions.UserError", null);

        assertThat(OrderOutcomes.ofCreate(named).kind()).isEqualTo(FailureKind.ALREADY_STORED);
        assertThat(OrderOutcomes.ofCreate(worded).kind()).isEqualTo(FailureKind.ALREADY_STORED);
        assertThat(OrderOutcomes.ofCreate(other).kind()).isEqualTo(FailureKind.REJECTED);
    }
}
