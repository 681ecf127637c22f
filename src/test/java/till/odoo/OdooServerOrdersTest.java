package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.order.PaidOrder;
import till.session.ServerOrder;
import till.session.ServerSearchException;
import till.testsupport.DemoShop;
import till.testsupport.PaidOrders;

/**
 * The server's paid orders of the POS configuration, searched with the calls of each version's web POS against the
 * demo server on loopback (14: search_read; 15, 17: search_paid_order_ids then export_for_ui; 18, 19: then read):
 * every order by a blank search, newest first, with lines, payments and customer; by part of the reference; by the
 * customer's name; and a server that is down is said in words.
 */
class OdooServerOrdersTest {

    private DemoServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private List<PaidOrder> sendTwoOrders(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        int session = server.openSession();
        DemoShop shop = DemoShop.of(profile);
        String price = shop.untaxedPrice().toPlainString();
        Instant now = Instant.now();
        PaidOrder plain = PaidOrders.paid(session, 1, shop.untaxedProduct(), price, shop.bank(), now);
        PaidOrder paid = PaidOrders.paid(session, 2, shop.untaxedProduct(), price, shop.cash(), now.plusSeconds(5));
        long partner = partner();
        PaidOrder withCustomer = new PaidOrder(paid.identity(), paid.createdAt(), paid.paidAt(), partner,
                paid.lines(), paid.payments(), paid.totals(), paid.amountPaid(), paid.amountReturn());
        OdooOrderTransport.connecting(server.url(), credentials(), 1).send(List.of(plain, withCustomer));
        return List.of(plain, withCustomer);
    }

    private Credentials credentials() {
        return new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD);
    }

    /** A customer of the profile's shop. */
    private long partner() throws Exception {
        JsonRpcOdooClient admin = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        admin.authenticate(credentials());
        return admin.searchRead("res.partner", JsonRpcClient.MAPPER.createArrayNode(), List.of("name"), "", 1)
                .path(0).path("id").asLong();
    }

    private String partnerName(long id) throws Exception {
        JsonRpcOdooClient admin = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        admin.authenticate(credentials());
        return admin.read("res.partner", List.of(id), List.of("name")).path(0).path("name").asText();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aBlankSearchListsTheConfigsPaidOrdersNewestFirstWithLinesPaymentsAndCustomer(Profile profile)
            throws Exception {
        List<PaidOrder> sent = sendTwoOrders(profile);
        DemoShop shop = DemoShop.of(profile);

        List<ServerOrder> found = OdooServerOrders.connecting(server.url(), credentials(), 1).search("", 80);

        assertThat(found).extracting(ServerOrder::reference).containsExactly(sent.get(1).name(),
                sent.get(0).name());
        ServerOrder newest = found.get(0);
        assertThat(newest.total()).isEqualByComparingTo(shop.untaxedPrice());
        assertThat(newest.customer()).isEqualTo(partnerName(sent.get(1).customerId()));
        assertThat(newest.state()).isIn("paid", "done", "invoiced");
        assertThat(newest.lines()).hasSize(1);
        assertThat(newest.lines().get(0).qty()).isEqualByComparingTo("1");
        assertThat(newest.lines().get(0).total()).isEqualByComparingTo(shop.untaxedPrice());
        assertThat(newest.lines().get(0).product()).isNotBlank();
        assertThat(newest.payments()).extracting(p -> p.amount().compareTo(shop.untaxedPrice()) == 0)
                .containsExactly(true);
        assertThat(newest.payments().get(0).method()).isNotBlank().doesNotStartWith("#");
        assertThat(found.get(1).customer()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aPartOfTheReferenceOrTheCustomersNameFindsJustThatOrder(Profile profile) throws Exception {
        List<PaidOrder> sent = sendTwoOrders(profile);
        OdooServerOrders orders = OdooServerOrders.connecting(server.url(), credentials(), 1);
        String reference = sent.get(0).name();

        assertThat(orders.search(reference.substring(reference.length() - 6), 80)).extracting(ServerOrder::reference)
                .containsExactly(reference);
        String customer = partnerName(sent.get(1).customerId());
        assertThat(orders.search(customer.substring(0, 4).toLowerCase(java.util.Locale.ROOT), 80))
                .extracting(ServerOrder::reference).containsExactly(sent.get(1).name());
        assertThat(orders.search("no such order", 80)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V14", "V18"})
    void aServerThatIsDownIsSaidInWords(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        server.inject(Fault.of(FaultKind.DOWN));

        assertThatThrownBy(() -> OdooServerOrders.connecting(server.url(), credentials(), 1).search("", 80))
                .isInstanceOfSatisfying(ServerSearchException.class, e ->
                        assertThat(e.getMessage()).startsWith("The server cannot be reached: "));
    }
}
