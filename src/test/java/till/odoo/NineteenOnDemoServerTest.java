package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.order.OrderUid;
import till.order.PaidOrder;
import till.outbox.OutboxState;
import till.testsupport.DemoShop;
import till.testsupport.SenderRig;

/**
 * What 19 does differently with the till's orders, on the demo server's profile 19: the server names orders after the
 * last part of their {@code pos_reference}, so its names collide with other orders' while Till keeps (and finds its
 * orders by) the reference it printed and the uuid; and a POS configuration without an invoice journal has every
 * order refused, which the outbox says in the words of the fix.
 */
class NineteenOnDemoServerTest {

    @TempDir
    Path dir;
    private DemoServer server;
    private JsonRpcOdooClient client;
    private SenderRig rig;
    private long sessionId;

    @BeforeEach
    void start() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V19));
        server.openSession();
        client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        Login login = client.authenticate(new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD));
        sessionId = client.openSession(1).orElseThrow().id();
        PosContext pos = new PosContext(VersionProfile.V19, server.database(), 1, sessionId, 1, login.uid(), null,
                Optional.empty(), Optional.empty());
        rig = new SenderRig(dir, new OdooOrderTransport(client, () -> pos));
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
        server.close();
    }

    @Test
    void ordersKeepThePrintedReferenceAndAreFoundByUuidWhileTheServersNamesCollide() throws Exception {
        DemoShop shop = DemoShop.of(Profile.V19);
        PaidOrder first = rig.pay(sessionId, 1, 1, shop.untaxedProduct(), shop.bank()).get(0);
        // The same sequence number from another start of a till (device 2): another uid, the same last part.
        PaidOrder other = new PaidOrder(new OrderUid(sessionId, 2, 1), first.createdAt(), first.paidAt(), null,
                first.lines(), first.payments(), first.totals(), first.amountPaid(), first.amountReturn());
        rig.store.outbox().commitPaid(other);

        rig.sender.start();
        rig.sleeper.nextSleep();

        assertThat(rig.state(first)).isEqualTo(OutboxState.SENT);
        assertThat(rig.state(other)).isEqualTo(OutboxState.SENT);
        assertThat(server.orderReferences()).containsExactlyInAnyOrder(first.name(), other.name());
        ArrayNode stored = client.searchRead("pos.order", JsonRpcClient.MAPPER.createArrayNode(), List.of("name",
                "pos_reference", "uuid", "tracking_number"), "id asc", 0);
        assertThat(stored).extracting(o -> o.path("name").asText()).as("Odoo's own names collide")
                .containsExactly("Furniture Shop - 0001", "Furniture Shop - 0001");
        assertThat(stored).extracting(o -> o.path("uuid").asText()).as("Till's identities do not")
                .containsExactlyInAnyOrder(OrderUuids.order(first), OrderUuids.order(other));
        assertThat(stored).extracting(o -> o.path("tracking_number").asText())
                .containsExactlyInAnyOrder("1001", "2001");
        assertThat(rig.entry(first).serverId()).isNotEqualTo(rig.entry(other).serverId());
    }

    @Test
    void aConfigurationWithoutAnInvoiceJournalHasItsOrdersRefusedInTheWordsOfTheFix() throws Exception {
        ArrayNode args = JsonRpcClient.MAPPER.createArrayNode();
        args.addArray().add(1);
        args.addObject().put("invoice_journal_id", false);
        client.callKw("pos.config", "write", args, JsonRpcClient.MAPPER.createObjectNode(), Duration.ofSeconds(5));
        DemoShop shop = DemoShop.of(Profile.V19);
        List<PaidOrder> orders = rig.pay(sessionId, 1, 1, shop.untaxedProduct(), shop.bank());

        rig.sender.start();
        rig.sleeper.nextSleep();

        assertThat(rig.state(orders.get(0))).isEqualTo(OutboxState.REJECTED);
        assertThat(rig.entry(orders.get(0)).lastError()).contains("no invoice journal").contains("Invoice Journal")
                .contains("till outbox retry-rejected");
        assertThat(server.orderReferences()).isEmpty();
    }
}
