package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.odoo.OdooException.Kind;
import till.demoserver.DemoCompany;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.testsupport.DemoShop;

/**
 * The client against the demo server over real HTTP on loopback, imitating Odoo 14, 15, 17 and 18 (17/18 start with
 * no open session, as the captured databases: each test opens one, as open_ui + the opening call do).
 */
class JsonRpcOdooClientTest {

    private DemoServer server;
    private JsonRpcOdooClient client;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile).withHold(Duration.ofMillis(200)));
        server.openSession();
        client = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Login logIn() throws OdooException {
        return client.authenticate(new Credentials("demo", DemoServer.LOGIN, DemoServer.PASSWORD));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void detectsTheVersionAndListsTheDatabase(Profile profile) throws Exception {
        start(profile);

        assertThat(VersionProfile.of(client.version()).major()).isEqualTo(profile.major());
        assertThat(client.databases()).hasValue(List.of("demo"));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aWrongPasswordOrDatabaseIsAnAuthenticationFailure(Profile profile) throws Exception {
        start(profile);

        assertThatThrownBy(() -> client.authenticate(new Credentials("demo", "admin", "wrong-password")))
                .isInstanceOfSatisfying(OdooException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION))
                .hasMessageNotContaining("wrong-password");
        assertThatThrownBy(() -> client.authenticate(new Credentials("no_such_db", "admin", "admin")))
                .isInstanceOfSatisfying(OdooException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION))
                .hasMessageContaining("database does not exist");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void loadsTheCatalogOfTheOpenSession(Profile profile) throws Exception {
        start(profile);
        Login login = logIn();
        VersionProfile version = VersionProfile.of(client.version());
        DemoShop shop = DemoShop.of(profile);

        PosSession session = client.openSession(1).orElseThrow();
        int loginNumber = version.logInToSession(client, session);
        PosSnapshot pos = new PosCatalogLoader(client, version, login).load(1, session, loginNumber);

        assertThat(loginNumber).isEqualTo(1);
        assertThat(pos.catalog().settings().demo()).isFalse();
        assertThat(pos.catalog().settings().sessionId()).isEqualTo(session.id());
        assertThat(pos.catalog().settings().loginNumber()).isEqualTo(1);
        DemoCompany company = DemoCompany.of(profile);
        assertThat(pos.catalog().settings().currency().name()).isEqualTo(company.currency());
        assertThat(pos.catalog().settings().currency().symbolBefore()).isEqualTo(company == DemoCompany.US);
        assertThat(pos.catalog().settings().language()).as("the user's lang").isEqualTo(company.language());
        assertThat(pos.catalog().settings().currency().decimalPlaces()).isEqualTo(2);
        assertThat(pos.catalog().product(shop.taxedProduct()).orElseThrow().taxIds()).containsExactly(1L);
        assertThat(pos.catalog().product(shop.untaxedProduct()).orElseThrow().taxIds()).isEmpty();
        assertThat(pos.catalog().paymentMethod(shop.cash()).orElseThrow().cash()).isTrue();
        assertThat(pos.catalog().paymentMethod(shop.bank()).orElseThrow().cash()).isFalse();
        assertThat(pos.catalog().customers()).isNotEmpty().allSatisfy(c -> assertThat(c.name()).isNotBlank());
        assertThat(pos.context().userId()).isEqualTo(login.uid());
        assertThat(pos.context().pricelistId()).isEqualTo(shop.pricelist());
        Optional<Duration> pong = profile == Profile.V14 ? Optional.of(Duration.ofSeconds(10)) : Optional.empty();
        assertThat(pos.context().longpollingPongTimeout()).isEqualTo(pong);
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void seventeenEighteenAndNineteenHandTheBusChannelAndTheWebsocketVersionToThePushChannel(Profile profile)
            throws Exception {
        start(profile);
        Login login = logIn();
        VersionProfile version = VersionProfile.of(login.serverVersion());
        PosSession session = client.openSession(1).orElseThrow();

        PosContext pos = new PosCatalogLoader(client, version, login).load(1, session,
                version.logInToSession(client, session)).context();

        assertThat(pos.busChannel()).isEqualTo(server.posChannel());
        assertThat(pos.websocketVersion()).isEqualTo(switch (profile) {
            case V17 -> "17.0-1";
            case V18 -> "18.0-3";
            default -> "19.0-2";
        });
        assertThat(pos.profile().pushOverWebsocket()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V14", "V15", "V17"})
    void anOrderIsStoredOnceAndItsResendIsSkipped(Profile profile) throws Exception {
        start(profile);
        Login login = logIn();
        PosSession session = client.openSession(1).orElseThrow();
        PosContext pos = new PosContext(VersionProfile.of(client.version()), "demo", 1, session.id(), 1, login.uid(),
                DemoShop.of(profile).pricelist(), Optional.empty(), Optional.empty());
        JsonNode recorded = till.testsupport.Transcripts.read("v" + profile.major(), "300-order-a-paid-with-change")
                .at("/request/body/params/args/0/0/data");
        ObjectNode order = OrderPayloads.build(OrderPayloadsTest.orderFrom(recorded), pos);
        ((ObjectNode) order.get("data")).put("pos_session_id", session.id());
        String name = recorded.path("name").asText();

        List<CreatedOrder> first = client.createFromUi(List.of(order));
        List<CreatedOrder> again = client.createFromUi(List.of(order));

        assertThat(first).extracting(CreatedOrder::posReference).containsExactly(name);
        assertThat(again).isEmpty();
        assertThat(server.orderReferences()).containsOnlyOnce(name);
    }

    @Test
    void anEighteenOrderIsStoredOnceByItsUuidAndItsResendIsAnsweredWithTheStoredOrder() throws Exception {
        start(Profile.V18);
        Login login = logIn();
        PosSession session = client.openSession(1).orElseThrow();
        PosContext pos = new PosContext(VersionProfile.V18, "demo", 1, session.id(), 1, login.uid(), null,
                Optional.empty(), Optional.empty());
        JsonNode recorded = till.testsupport.Transcripts.read("v18", "300-order-a-paid-with-change")
                .at("/request/body/params/args/0/0");
        ObjectNode order = OrderPayloads.build(OrderPayloadsTest.orderFrom(recorded), pos);
        order.put("session_id", session.id());
        ObjectNode context = JsonRpcClient.MAPPER.createObjectNode().put("config_id", 1).put("login_number", 1);

        JsonNode first = client.syncFromUi(List.of(order), context);
        JsonNode again = client.syncFromUi(List.of(order), context);

        assertThat(first.at("/pos.order/0/uuid").asText()).isEqualTo(order.path("uuid").asText());
        assertThat(first.at("/pos.order/0/pos_reference").asText()).isEqualTo("Order 00003-001-0001");
        assertThat(again.at("/pos.order/0/id")).isEqualTo(first.at("/pos.order/0/id"));
        assertThat(server.orderReferences()).containsOnlyOnce("Order 00003-001-0001");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void anExpiredSessionIsRenewedWithoutTheCallerNoticing(Profile profile) throws Exception {
        start(profile);
        logIn();
        server.expireSessions();

        assertThat(client.openSession(1)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void threadsThatMeetAnExpiredSessionTogetherAllGetThrough(Profile profile) throws Exception {
        start(profile);
        logIn();
        server.expireSessions();
        List<CompletableFuture<Optional<PosSession>>> calls = new java.util.ArrayList<>();

        for (int i = 0; i < 6; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return client.openSession(1);
                } catch (OdooException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }));
        }

        for (CompletableFuture<Optional<PosSession>> call : calls) {
            assertThat(call.get(30, TimeUnit.SECONDS)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = "V14")
    void withoutALoginAnExpiredSessionSaysAnAdminMustEnterThePassword(Profile profile) throws Exception {
        start(profile);

        assertThatThrownBy(() -> client.openSession(1))
                .isInstanceOfSatisfying(OdooException.class, e -> assertThat(e.kind()).isEqualTo(Kind.SESSION_EXPIRED))
                .hasMessageContaining("an admin must enter it");
    }

    @ParameterizedTest
    @EnumSource(value = till.demoserver.FaultKind.class, names = {"HTML_ERROR", "PROXY_502", "PROXY_504",
        "TRUNCATED_JSON", "MALFORMED_JSON", "DROP_MID_BODY", "DOWN"})
    void aBrokenAnswerIsRetryableAndSaysWhatHappened(till.demoserver.FaultKind fault) throws Exception {
        start(Profile.V15);
        server.inject(till.demoserver.Fault.of(fault));

        assertThatThrownBy(() -> client.version())
                .isInstanceOfSatisfying(OdooException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RETRYABLE))
                .hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = "V15")
    void aHungCallEndsAtItsDeadline(Profile profile) throws Exception {
        start(profile);
        server.inject(till.demoserver.Fault.of(till.demoserver.FaultKind.HANG));

        assertThatThrownBy(() -> client.rpc().call("/web/webclient/version_info",
                JsonRpcClient.MAPPER.createObjectNode(), Duration.ofMillis(300)))
                .isInstanceOfSatisfying(OdooException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RETRYABLE))
                .hasMessageContaining("did not answer");
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = "V15")
    void aCancelledCallStopsAtOnce(Profile profile) throws Exception {
        start(profile);
        server.inject(till.demoserver.Fault.of(till.demoserver.FaultKind.HANG));
        JsonRpcClient.PendingCall call = client.rpc().start("/web/webclient/version_info",
                JsonRpcClient.MAPPER.createObjectNode(), Duration.ofMinutes(5));
        CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                return call.await();
            } catch (OdooException e) {
                return e;
            }
        });

        call.cancel();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(OdooException.class,
                e -> assertThat(e.getMessage()).contains("cancelled"));
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = "V15")
    void aCreateFromUiHangingAtTheServerIsCancelledThroughTheClientsInFlightCalls(Profile profile) throws Exception {
        start(profile);
        InFlightCalls calls = new InFlightCalls();
        CountDownLatch posting = new CountDownLatch(1);
        JsonRpcOdooClient cancellable = new JsonRpcOdooClient(JsonRpcClient.create(server.url()), n -> {
            posting.countDown();
            return OdooClient.createFromUiTimeout(n);
        }, calls);
        cancellable.authenticate(new Credentials("demo", DemoServer.LOGIN, DemoServer.PASSWORD));
        server.inject(till.demoserver.Fault.parse("hang=/web/dataset/call_kw/pos.order/create_from_ui"));
        CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                return cancellable.createFromUi(List.of(JsonRpcClient.MAPPER.createObjectNode()));
            } catch (OdooException e) {
                return e;
            }
        });
        assertThat(posting.await(10, TimeUnit.SECONDS)).isTrue();

        calls.cancel();

        // Its own deadline is 31 s: only the cancel ends it within 10.
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(OdooException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
            assertThat(e.getMessage()).contains("cancelled");
        });
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = "V15")
    void afterACancelEveryCallFailsAtOnceUntilResumed(Profile profile) throws Exception {
        start(profile);
        InFlightCalls calls = new InFlightCalls();
        JsonRpcOdooClient cancellable = new JsonRpcOdooClient(JsonRpcClient.create(server.url()),
                OdooClient::createFromUiTimeout, calls);

        calls.cancel();

        assertThatThrownBy(cancellable::version).isInstanceOfSatisfying(OdooException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.RETRYABLE)).hasMessageContaining("cancelled");
        calls.resume();
        assertThat(VersionProfile.of(cancellable.version()).major()).isEqualTo(profile.major());
    }
}
