package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.Catalog;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.order.PaidOrder;
import till.outbox.OutboxState;
import till.refunds.RefundRefused;
import till.refunds.RefundRequest;
import till.refunds.Refunds;
import till.refunds.ServerRefunds;
import till.testsupport.Await;
import till.testsupport.DemoShop;
import till.testsupport.RefundOrders;
import till.testsupport.SenderRig;

/**
 * Refunds against the demo server on every profile: sent once, after their original, linked as the version links
 * them ({@code refunded_orderline_id} on 15+, none on 14), counted in the original line's {@code refunded_qty}; a
 * refund over what the server says is left is refused before anything is stored; a link to a line that does not
 * exist is refused by the server as the version would.
 */
class RefundOnDemoServerTest {

    @TempDir
    Path dir;
    private DemoServer server;
    private JsonRpcOdooClient client;
    private SenderRig rig;
    private PosContext pos;
    private long sessionId;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        server.openSession();
        client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        Login login = client.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        sessionId = client.openSession(1).orElseThrow().id();
        VersionProfile version = VersionProfile.of(login.serverVersion());
        DemoShop shop = DemoShop.of(profile);
        pos = new PosContext(version, server.database(), 1, sessionId, 1, login.uid(), shop.pricelist(),
                Optional.empty(), Optional.empty());
        rig = new SenderRig(dir, new OdooOrderTransport(client, () -> pos));
    }

    @AfterEach
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "Odoo {0}")
    @EnumSource(Profile.class)
    void aRefundIsSentOnceAfterItsOriginalLinkedAsTheVersionLinksIt(Profile profile) throws Exception {
        start(profile);
        DemoShop shop = DemoShop.of(profile);
        PaidOrder original = RefundOrders.original(sessionId, 100, shop.untaxedProduct(), shop.taxedProduct(),
                shop.bank(), SenderRig.T0);
        rig.store.outbox().commitPaid(original);
        // Committed before its original reached the server: it waits for it.
        PaidOrder refund = refunds(ServerRefunds.NONE).refund(new RefundRequest(original.name(),
                Map.of(3, BigDecimal.ONE), shop.cash()));

        rig.sender.start();
        Await.until(() -> rig.state(refund) == OutboxState.SENT, "the refund sent", 20);

        assertThat(rig.state(original)).isEqualTo(OutboxState.SENT);
        assertThat(server.orderReferences()).hasSize(2);
        assertThat(server.repeatedOrderCalls()).as("each went once").isEmpty();
        assertThat(server.duplicates()).isEmpty();
        assertThat(rig.entry(refund).serverId().orElseThrow()).as("after its original").isGreaterThan(rig.entry(original).serverId().orElseThrow());
        JsonNode refundLine = serverLines(rig.entry(refund).serverId().orElseThrow()).get(0);
        assertThat(refundLine.path("qty").asDouble()).isEqualTo(-1.0);
        List<JsonNode> originalLines = serverLines(rig.entry(original).serverId().orElseThrow());
        if (profile == Profile.V14) {
            assertThat(refundLine.has("refunded_orderline_id")).as("14 keeps no link").isFalse();
            return;
        }
        JsonNode second = originalLines.get(1);
        assertThat(refundLine.path("refunded_orderline_id").path(0).asLong()).as("linked to line 3, the second")
                .isEqualTo(second.path("id").asLong());
        assertThat(second.path("refunded_qty").asDouble()).isEqualTo(1.0);
        assertThat(originalLines.get(0).path("refunded_qty").asDouble()).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "Odoo {0}")
    @EnumSource(value = Profile.class, names = {"V15", "V17", "V18", "V19"})
    void aRefundOverWhatTheServerSaysIsLeftIsRefusedBeforeAnythingIsStored(Profile profile) throws Exception {
        start(profile);
        DemoShop shop = DemoShop.of(profile);
        PaidOrder original = RefundOrders.original(sessionId, 100, shop.untaxedProduct(), shop.taxedProduct(),
                shop.bank(), SenderRig.T0);
        rig.store.outbox().commitPaid(original);
        rig.sender.start();
        Await.until(() -> rig.state(original) == OutboxState.SENT, "the original sent", 20);
        // Another till (or the back office) refunded 2 of the 3 of line 1.
        long line1 = serverLines(rig.entry(original).serverId().orElseThrow()).get(0).path("id").asLong();
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(line1);
        args.addObject().put("refunded_qty", 2.0);
        client.callKw("pos.order.line", "write", args, JsonRpcClient.MAPPER.createObjectNode(), Duration.ofSeconds(5));
        Refunds refunds = refunds(new OdooServerRefunds(client, () -> pos));

        assertThat(refunds.refundable(original.uid()).line(1).orElseThrow().left()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> refunds.refund(new RefundRequest(original.uid(), Map.of(1, new BigDecimal("2")),
                shop.cash()))).isInstanceOf(RefundRefused.class)
                .hasMessage("Line 1 (Product " + shop.untaxedProduct() + "): only 1 of 3 can still be refunded,"
                        + " not 2.");
        assertThat(rig.store.outbox().list()).hasSize(1);
    }

    @ParameterizedTest(name = "Odoo {0}")
    @EnumSource(value = Profile.class, names = {"V15", "V17", "V18", "V19"})
    void aRefundLinkedToALineThatDoesNotExistIsRefusedByTheServer(Profile profile) throws Exception {
        start(profile);
        DemoShop shop = DemoShop.of(profile);
        PaidOrder original = RefundOrders.original(sessionId, 100, shop.untaxedProduct(), shop.taxedProduct(),
                shop.bank(), SenderRig.T0);
        rig.store.outbox().commitPaid(original);
        PaidOrder refund = refunds(ServerRefunds.NONE).refund(new RefundRequest(original.uid(),
                Map.of(1, BigDecimal.ONE), shop.cash()));
        ObjectNode payload = OrderPayloads.build(refund, pos);
        pos.profile().refunds().link(payload, refund, Map.of(1, 99_999L));

        assertThatThrownBy(() -> pos.profile().orders().send(client, List.of(payload), pos))
                .isInstanceOfSatisfying(OdooException.class, e -> assertThat(e.kind())
                        .isEqualTo(OdooException.Kind.REJECTED));
        assertThat(server.orderReferences()).isEmpty();
    }

    private Refunds refunds(ServerRefunds serverRefunds) {
        Catalog catalog = RefundOrders.catalog(sessionId);
        return new Refunds(() -> catalog, rig.store.refundHistory(), serverRefunds, rig.store.orderNumbers(),
                rig.store.outbox(), rig.clock);
    }

    private List<JsonNode> serverLines(long orderId) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("order_id").add("=").add(orderId);
        List<String> fields = pos.profile().linksRefunds()
                ? List.of("qty", "product_id", "refunded_orderline_id", "refunded_qty") : List.of("qty", "product_id");
        List<JsonNode> lines = new java.util.ArrayList<>();
        client.searchRead("pos.order.line", domain, fields, "id asc", 0).forEach(lines::add);
        return lines;
    }
}
