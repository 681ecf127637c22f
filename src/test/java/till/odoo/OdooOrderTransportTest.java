package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.outbox.FailureKind;
import till.order.PaidOrder;
import till.outbox.SendFailure;
import till.outbox.SendResult;
import till.testsupport.FakeOdooClient;
import till.testsupport.PaidOrders;

class OdooOrderTransportTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private final FakeOdooClient client = new FakeOdooClient(new ServerVersion(15, "15.0"))
            .withRecords("pos.session", JsonRpcClient.MAPPER.createArrayNode().add(JsonRpcClient.MAPPER
                    .createObjectNode().put("id", 2).put("name", "POS/00002").put("state", "opened")));
    private final OdooOrderTransport transport = new OdooOrderTransport(client, this::context);

    private PosContext context() throws OdooException {
        return new PosContext(VersionProfile.of(new ServerVersion(15, "15.0")), "demo", 1, 2, 1, 2, 1L,
                Optional.empty(), Optional.empty());
    }

    private static PaidOrder order(int sequence) {
        return PaidOrders.paid(2, sequence, 27, "25.00", 2, T0.plusSeconds(sequence));
    }

    @Test
    void ordersTheServerAlreadyHadAreAbsentFromTheResultButTheCallSucceeds() throws Exception {
        transport.send(List.of(order(1), order(2)));

        SendResult again = transport.send(List.of(order(1), order(2), order(3)));

        assertThat(again.storedNames()).containsExactly("Order 00002-001-0003");
        assertThat(again.storedNow(order(3))).isTrue();
        assertThat(again.storedNow(order(1))).isFalse();
        assertThat(client.storedNames()).hasSize(3);
    }

    @Test
    void aResendCarriesExactlyTheSamePayload() throws Exception {
        transport.send(List.of(order(1)));

        SendResult resend = transport.send(List.of(order(1)));

        assertThat(resend.storedNames()).isEmpty();
        assertThat(client.batches()).hasSize(2);
        assertThat(client.batches().get(1)).isEqualTo(client.batches().get(0));
        assertThat(client.batches().get(0).get(0).path("data").path("server_id").isBoolean()).isTrue();
    }

    @Test
    void anOrderTheAnswerDoesNotNameIsNotCountedAndALookupFindsOnlyWhatTheServerHolds() throws Exception {
        client.dropSilently(order(2).name());

        SendResult result = transport.send(List.of(order(1), order(2)));

        assertThat(result.storedNow(order(1))).isTrue();
        assertThat(result.storedNow(order(2))).as("left out of the answer: not taken on its word").isFalse();
        assertThat(transport.lookUp(List.of(order(1), order(2)))).containsOnlyKeys(order(1).uid());
        assertThat(client.storedNames()).containsExactly("Order 00002-001-0001");
    }

    @Test
    void aRefusalFromAServerThatWasUpgradedMeanwhileRejectsNothingAndTheNextSendReadsThePosAgain() throws Exception {
        int[] reads = {0};
        OdooOrderTransport watched = new OdooOrderTransport(client, new OdooOrderTransport.PosContextSource() {
            @Override
            public PosContext get() throws OdooException {
                reads[0]++;
                return context();
            }

            @Override
            public void forget() {
                reads[0] = -100;
            }
        });
        client.upgradeTo(new ServerVersion(18, "18.0"));
        client.failNextOrderCall(new OdooException(OdooException.Kind.REJECTED, "The server refused the request:"
                + " The method 'pos.order.create_from_ui' does not exist"));

        assertThatThrownBy(() -> watched.send(List.of(order(1)))).isInstanceOfSatisfying(SendFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.MISCONFIGURED);
            assertThat(f.getMessage()).contains("now runs Odoo 18.0").contains("Odoo 15");
        });
        assertThat(reads[0]).as("the POS facts were dropped, to be read again with the new version").isNegative();
    }

    @Test
    void aRefusalFromTheSameVersionStandsAsTheServersRefusal() {
        client.failNextOrderCall(new OdooException(OdooException.Kind.REJECTED, "Demo fault: the server refuses it."));

        assertThatThrownBy(() -> transport.send(List.of(order(1)))).isInstanceOfSatisfying(SendFailure.class,
                f -> assertThat(f.kind()).isEqualTo(FailureKind.REJECTED));
    }

    @ParameterizedTest
    @EnumSource(OdooException.Kind.class)
    void everyKindOfTheClientMapsOntoTheSendersKindWithTheClientsWords(OdooException.Kind kind) {
        client.failNext(new OdooException(kind, "words for " + kind));

        assertThatThrownBy(() -> transport.send(List.of(order(1)))).isInstanceOfSatisfying(SendFailure.class, f -> {
            assertThat(f.kind().name()).isEqualTo(kind.name());
            assertThat(f.getMessage()).isEqualTo("words for " + kind);
        });
    }

    @Test
    void ordersOfASessionClosedOnTheServerAreNotSent() {
        FakeOdooClient closed = new FakeOdooClient(new ServerVersion(15, "15.0")).withRecords("pos.session",
                JsonRpcClient.MAPPER.createArrayNode().add(JsonRpcClient.MAPPER.createObjectNode().put("id", 2)
                        .put("name", "POS/00002").put("state", "closing_control")));
        OdooOrderTransport toClosed = new OdooOrderTransport(closed, this::context);

        assertThatThrownBy(() -> toClosed.send(List.of(order(1)))).isInstanceOfSatisfying(SendFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.SESSION_CLOSED);
            assertThat(f.getMessage()).contains("POS/00002 is closing control");
        });
        assertThat(closed.batches()).isEmpty();
    }
}
