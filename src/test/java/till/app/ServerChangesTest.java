package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.push.BusCause;
import till.push.ConnectionState;
import till.push.ConnectionStatus;
import till.push.PartnerSyncHandler;
import till.push.PosChannels;
import till.catalog.Currency;
import till.setup.ConfigFile;
import till.setup.PasswordFile;
import till.setup.TillConfig;
import till.odoo.JsonRpcClient;
import till.worker.Backoff;
import till.outbox.FailureKind;
import till.outbox.OutboxState;
import till.order.PaidOrder;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.sell.MoneyFormat;
import till.status.StatusWords;
import till.store.TillStore;
import till.testsupport.Await;
import till.testsupport.PaidOrders;

/**
 * What the server changes under a running till (a configured one, on a real store and a real demo server on
 * loopback): prices and customers, expired sessions, a new password. Every wait is bounded and on a condition.
 */
class ServerChangesTest {

    private static final LinkTimings QUICK = new LinkTimings(Duration.ofMillis(300), Duration.ofSeconds(3),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5),
            () -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), () -> 0.5));
    private static final int OFFICE_LAMP = 6;
    private static final int AZURE = 14;

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private final List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();
    private DemoServer server;
    private TillStore store;
    private TillBackend backend;

    @BeforeEach
    void configure() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withHold(Duration.ofMillis(300)));
        new ConfigFile(dataDir).write(new TillConfig(server.url(), null, server.database(), DemoServer.LOGIN,
                Backends.DEMO_CONFIG_ID, true));
        new PasswordFile(dataDir).write(DemoServer.PASSWORD);
    }

    @AfterEach
    void close() {
        stopTill();
        server.close();
    }

    private void startTill() {
        statuses.clear();
        store = TillStore.open(dataDir, Clock.systemUTC());
        backend = Backends.create(dataDir, store, Clock.systemUTC(), QUICK);
        backend.pushChannel().addListener(Runnable::run, statuses::add);
        backend.start();
    }

    private void stopTill() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private static void awaitThat(BooleanSupplier condition, String what) {
        Await.until(condition, what, 15);
    }

    private ConnectionStatus latest() {
        return statuses.get(statuses.size() - 1);
    }

    private boolean green() {
        return !statuses.isEmpty() && latest().state() == ConnectionState.GREEN;
    }

    private BigDecimal cachedPrice(int productId) {
        return store.catalogCache().load().flatMap(c -> c.product(productId)).map(p -> p.listPrice()).orElse(null);
    }

    private void publishPartnerUpdate(int partnerId) {
        ObjectNode update = JsonRpcClient.MAPPER.createObjectNode().put("message", "update_partner_fields")
                .put("action", "");
        update.putArray("partner_ids").add(partnerId);
        server.publish(PosChannels.of(server.database(), PartnerSyncHandler.CHANNEL, 1), update);
    }

    private String cachedCustomerName(int partnerId) {
        return store.catalogCache().load().flatMap(c -> c.customer(partnerId)).map(c -> c.name()).orElse("");
    }

    @Test
    void theTillWritesTheServersCatalogToTheCacheWhenItConnectsSoAPriceChangeArrivesWithTheNextConnection() {
        startTill();
        awaitThat(this::green, "green");
        assertThat(cachedPrice(OFFICE_LAMP)).isEqualByComparingTo("40.00");
        assertThat(store.catalogCache().load().orElseThrow().settings().demo()).isFalse();
        stopTill();

        server.setProductPrice(OFFICE_LAMP, new BigDecimal("42.50"));
        startTill();

        awaitThat(() -> new BigDecimal("42.50").equals(cachedPrice(OFFICE_LAMP) == null ? null
                : cachedPrice(OFFICE_LAMP).setScale(2)), "the new price in the cache");
    }

    @Test
    void anExpiredSessionIsRenewedByTheCustomerReloadWithoutTheIconLeavingGreen() {
        startTill();
        awaitThat(this::green, "green");
        int greenAt = statuses.size();

        server.expireSessions();
        server.rename("res.partner", AZURE, "Azure Interior Ltd");
        publishPartnerUpdate(AZURE);

        awaitThat(() -> cachedCustomerName(AZURE).equals("Azure Interior Ltd"), "the renamed customer in the cache");
        assertThat(statuses.subList(greenAt - 1, statuses.size())).extracting(ConnectionStatus::state)
                .containsOnly(ConnectionState.GREEN);
    }

    @Test
    void sessionsThatExpireAtOnceTurnTheIconRedSayingSoAndItRecoversWhenTheyLastAgain() {
        server.inject(Fault.parse("session-ttl=0"));
        startTill();

        awaitThat(() -> !statuses.isEmpty() && latest().state() == ConnectionState.RED, "red");
        assertThat(latest().cause().words()).contains("session expired");
        server.clearFaults();
        awaitThat(this::green, "green once logins last");
    }

    @Test
    void aPasswordChangedOnTheServerKeepsThePaidOrdersSaysWhatToDoAndAfterSetupSendsThemExactlyOnce()
            throws Exception {
        startTill();
        awaitThat(this::green, "green");
        server.changePassword("n3w-secret");

        List<PaidOrder> paid = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 1; i <= 3; i++) {
            PaidOrder order = PaidOrders.paid(1, i, 27, "25.00", 1, now.plusSeconds(i));
            store.outbox().commitPaid(order);
            paid.add(order);
            backend.orderPaid();
        }

        awaitThat(() -> backend.senderStatus().lastFailure().filter(k -> k == FailureKind.AUTHENTICATION)
                .isPresent(), "the login refused");
        assertThat(backend.senderStatus().unsent()).isEqualTo(3);
        assertThat(backend.senderStatus().lastError()).contains("the admin must re-enter the password");
        StatusWords words = new StatusWords(new MoneyFormat(new Currency(2, "USD", "$", new BigDecimal("0.01"), 2,
                true)), Clock.systemUTC(), ZoneOffset.UTC);
        assertThat(words.orders(backend.senderStatus())).contains("3 paid orders", "re-enter the password");
        assertThat(server.orderReferences()).isEmpty();
        stopTill();

        Path password = Files.writeString(files.resolve("pw"), "n3w-secret");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(List.of("--data-dir", dataDir.toString(), "setup", "--server", server.url().toString(),
                "--db", server.database(), "--login", DemoServer.LOGIN, "--password-file", password.toString(),
                "--pos-config", "1", "--keep-password"), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString()).isZero();

        startTill();
        awaitThat(() -> server.orderReferences().size() >= 3 && backend.senderStatus().allSent()
                && store.outbox().list().stream().allMatch(e -> e.state() == OutboxState.SENT), "every order sent");
        List<String> names = paid.stream().map(PaidOrder::name).toList();
        assertThat(server.orderReferences()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void theCauseOfAFailedRenewalSaysTheAdminMustReenterThePassword() {
        BusCause cause = till.push.SessionRenewal.failed(new till.odoo.OdooException(
                till.odoo.OdooException.Kind.AUTHENTICATION, "Odoo refused the login: the login or the password is"
                + " wrong."));
        assertThat(cause.words()).contains("session expired", "refused the login");
        assertThat(cause.advice()).contains("re-enter");
    }
}
