package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.order.PaidOrder;
import till.outbox.FailureKind;
import till.outbox.SendFailure;
import till.outbox.SendResult;
import till.testsupport.DemoShop;
import till.testsupport.PaidOrders;

/**
 * A server upgraded under a running till: the demo server of Odoo 15 is replaced on the same port by one of Odoo 18
 * (its sessions gone, as after a real upgrade and restart). The order transport notices at its next login and sends
 * nothing in 15's format; the next send goes as 18 takes it, once.
 */
class ServerUpgradeTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private DemoServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aServerUpgradedFromFifteenToEighteenGetsNoOrderInTheOldFormatAndThenEachOrderOnce() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15));
        // Session 3 is the open one on both servers (18's demo opens 3; on 15, close and open twice).
        server.closeCurrentSession();
        server.openSession();
        server.closeCurrentSession();
        assertThat(server.openSession()).isEqualTo(3);
        OdooOrderTransport transport = OdooOrderTransport.connecting(server.url(), new Credentials(server.database(),
                DemoServer.LOGIN, DemoServer.PASSWORD), 1);
        PaidOrder before = PaidOrders.paid(3, 1, DemoShop.of(Profile.V15).untaxedProduct(), "25.00", 2, T0);
        assertThat(transport.send(List.of(before)).storedNow(before)).isTrue();

        int port = server.url().getPort();
        server.close();
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V18).withPort(port));
        assertThat(server.openSession()).isEqualTo(3);
        PaidOrder after = PaidOrders.paid(3, 2, DemoShop.of(Profile.V18).untaxedProduct(), "1.98", 2,
                T0.plusSeconds(60));

        assertThatThrownBy(() -> transport.send(List.of(after))).isInstanceOfSatisfying(SendFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.MISCONFIGURED);
            assertThat(f.getMessage()).contains("now runs Odoo 18.0").contains("15.0");
        });
        assertThat(server.orderReferences()).isEmpty();

        SendResult sent = transport.send(List.of(after));

        assertThat(sent.storedNow(after)).isTrue();
        assertThat(server.orderReferences()).containsExactly(after.name());
    }
}
