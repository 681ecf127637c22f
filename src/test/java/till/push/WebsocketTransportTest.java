package till.push;

import static org.assertj.core.api.Assertions.assertThat;
import static till.push.ConnectionState.GREEN;
import static till.push.ConnectionState.ORANGE;
import static till.push.ConnectionState.RED;
import static till.push.ConnectionState.ROTATING;
import static till.push.ConnectionState.STOPPED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.odoo.JsonRpcClient;
import till.push.BusCause.Kind;
import till.testsupport.Await;
import till.worker.Backoff;

/**
 * The push connection with its websocket transport against the demo server's 17 and 18 websocket over real loopback
 * sockets and OkHttp's real client: the icon's looks, the words, and every notification handled once.
 */
class WebsocketTransportTest {

    private WebsocketRig rig;

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void itRotatesWhileConnectingAndTurnsGreenOnceSubscribed(Profile profile) throws Exception {
        rig = WebsocketRig.start(profile);
        rig.connect();

        ConnectionStatus green = rig.states.await(GREEN);

        assertThat(rig.states.states()).containsExactly(STOPPED, ROTATING, GREEN);
        assertThat(green.cause().kind()).isEqualTo(Kind.SUBSCRIBED);
        rig.awaitSockets(1);
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void aPublishedNotificationReachesItsHandlerOnce(Profile profile) throws Exception {
        rig = WebsocketRig.start(profile);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);

        long first = rig.publish(1);
        rig.awaitHandled(first);
        long second = rig.publish(2);
        rig.awaitHandled(second);

        assertThat(rig.handled).containsExactly(first, second);
        assertThat(rig.cursor.any()).isEqualTo(second);
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void aDroppedSocketIsRedThenResubscribesFromTheLastIdSoNothingIsLostOrHandledTwice(Profile profile)
            throws Exception {
        rig = WebsocketRig.start(profile);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);
        long first = rig.publish(1);
        rig.awaitHandled(first);

        rig.demo.inject(Fault.of(FaultKind.WS_DROP));
        ConnectionStatus red = rig.states.await(RED, Kind.CONNECTION_BROKEN);
        long missed = rig.publish(2);
        rig.demo.clear(FaultKind.WS_DROP);
        rig.retryUntil(GREEN);
        rig.awaitHandled(missed);

        assertThat(rig.handled).containsExactly(first, missed);
        assertThat(red.cause().words()).contains("broke off");
        assertThat(red.cause().advice()).contains("resubscribes from the last notification");
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void aNotificationCutMidFrameIsHandledOnceAfterTheResubscribe(Profile profile) throws Exception {
        rig = WebsocketRig.start(profile);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);
        rig.demo.inject(Fault.of(FaultKind.WS_DROP_MID_FRAME));

        long cut = rig.publish(1);
        rig.states.await(RED, Kind.CONNECTION_BROKEN);
        rig.demo.clear(FaultKind.WS_DROP_MID_FRAME);
        rig.retryUntil(GREEN);
        rig.awaitHandled(cut);
        long next = rig.publish(2);
        rig.awaitHandled(next);

        assertThat(rig.handled).containsExactly(cut, next);
    }

    @Test
    void theServersHourlyKeepAliveCloseReconnectsWithoutEverTurningRed() throws Exception {
        rig = WebsocketRig.start(DemoServerOptions.defaults().withProfile(Profile.V18)
                .withWebsocketIdle(Duration.ofMillis(150)).withWebsocketKeepAlive(Duration.ofMillis(300)));
        rig.connect();
        rig.states.await(GREEN);
        List<Long> published = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            long id = rig.publish(i);
            published.add(id);
            Await.until(() -> {
                rig.scheduler.advanceIfScheduled(Backoff.RECONNECT_BASE);
                return rig.handled.contains(id);
            }, "notification " + id, 10);
        }
        Await.until(() -> {
            rig.scheduler.advanceIfScheduled(Backoff.RECONNECT_BASE);
            return keepAliveReconnects() >= 2;
        }, "two keep-alive closes", 10);

        assertThat(rig.states.states()).doesNotContain(RED, ORANGE);
        assertThat(rig.handled).containsExactlyElementsOf(published);
        assertThat(rig.reloads).as("no gap: each socket worked until its close").hasValue(0);
    }

    private long keepAliveReconnects() {
        synchronized (rig.states) {
            return rig.states.all().stream().filter(s -> s.state() == ROTATING && s.cause().words().contains("4002"))
                    .count();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void theSessionEndingLogsInAgainAndReconnectsWithoutRed(Profile profile) throws Exception {
        rig = WebsocketRig.start(profile);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);

        rig.demo.expireSessions();
        long id = rig.publish(1);
        ConnectionStatus renewed = rig.states.awaitSeen(s -> s.state() == ROTATING
                && s.cause().words().contains("4001"), "rotating after 4001");
        rig.awaitHandled(id);

        assertThat(rig.renewals).hasValue(1);
        assertThat(renewed.cause().words()).contains("logged in again");
        assertThat(rig.states.states()).containsExactly(STOPPED, ROTATING, GREEN, ROTATING, GREEN);
        assertThat(rig.handled).containsExactly(id);
    }

    @Test
    void aRateLimitCloseIsRedAndBacksOffThenComesBack() throws Exception {
        rig = WebsocketRig.start(Profile.V18);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);

        rig.demo.inject(Fault.parse("ws-close=1013"));
        ConnectionStatus red = rig.states.await(RED, Kind.RATE_LIMITED);
        rig.demo.clear(FaultKind.WS_CLOSE);
        rig.retryUntil(GREEN);

        assertThat(red.cause().words()).contains("1013");
        assertThat(red.cause().advice()).contains("waits");
    }

    @Test
    void closeCode4003StaysAwayForTheLaterPauseNotTheShortBackOff() throws Exception {
        rig = WebsocketRig.start(Profile.V18);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);

        rig.demo.inject(Fault.parse("ws-close=4003"));
        ConnectionStatus red = rig.states.await(RED, Kind.RECONNECT_LATER);
        Instant comesBack = rig.clock.instant().plus(WebsocketRig.settings().laterPause());
        Await.until(() -> rig.scheduler.hasTaskDueAt(comesBack), "a wait of the later pause", 10);
        rig.demo.clear(FaultKind.WS_CLOSE);
        rig.scheduler.advance(WebsocketRig.settings().laterPause());

        rig.states.await(GREEN);
        assertThat(red.cause().words()).contains("4003").contains("30 s");
    }

    @Test
    void anOutdatedVersionIsRedSaysWhyAndDoesNotLoopButAClickTriesAgain() throws Exception {
        rig = WebsocketRig.start(Profile.V17);
        WebsocketEndpoint wrong = new WebsocketEndpoint(rig.demo.url(), rig.demo.url(), "17.0-0",
                List.of(rig.demo.posChannel()));
        WebsocketDialer okhttp = rig.dialer(WebsocketRig.settings());
        // A browser-like agent is held to the server's version (v17 530); Till's own agent is not.
        rig.connect(WebsocketRig.settings(), wrong, (request, listener, sockets) -> okhttp.open(request.newBuilder()
                .header("User-Agent", "Mozilla/5.0").build(), listener, sockets));

        ConnectionStatus red = rig.states.await(RED, Kind.OUTDATED_VERSION);
        Instant retry = rig.clock.instant().plus(WebsocketTransport.STAY_AWAY);
        Await.until(() -> rig.scheduler.hasTaskDueAt(retry), "a wait of hours", 10);
        rig.connection.reconnectNow();

        rig.states.await(ROTATING);
        rig.states.await(RED, Kind.OUTDATED_VERSION);
        assertThat(red.cause().words()).contains("\"17.0-0\"").contains("OUTDATED_VERSION");
        assertThat(red.cause().advice()).contains("restart the till");
    }

    @Test
    void theUpgradeOnAMultiWorkerMainPortExplainsTheRoutingMistake() throws Exception {
        rig = WebsocketRig.start(Profile.V18, "ws-misroute");
        rig.connect();

        ConnectionStatus red = rig.states.await(RED, Kind.WEBSOCKET_MISROUTED);

        assertThat(red.cause().words()).contains("HTTP 500").contains("Couldn't bind the websocket");
        assertThat(red.cause().advice()).contains("8072").contains("proxy_set_header Upgrade");
    }

    @Test
    void aRefusedUpgradeIsRedWithItsStatus() throws Exception {
        rig = WebsocketRig.start(Profile.V17, "ws-refuse=403");
        rig.connect();

        ConnectionStatus red = rig.states.await(RED, Kind.UPGRADE_REFUSED);

        assertThat(red.cause().words()).contains("HTTP 403");
    }

    @Test
    void aServerThatRefusesConnectionsIsRedWithTheLongPollingWords() throws Exception {
        rig = WebsocketRig.start(Profile.V18);
        rig.demo.inject(Fault.of(FaultKind.DOWN));
        rig.connect();

        ConnectionStatus red = rig.states.await(RED, Kind.REFUSED);

        assertThat(red.cause().words()).contains("refused the connection");
        assertThat(rig.states.states()).containsExactly(STOPPED, ROTATING, RED);
    }

    @Test
    void aStrippedUpgradeFallsBackToPollingPeekNotificationsInOrangeAndBackToTheWebsocketLater() throws Exception {
        rig = WebsocketRig.start(Profile.V18, "ws-refuse=400");
        rig.connect();
        ConnectionStatus orange = rig.states.await(ORANGE, Kind.POLLING_FALLBACK);

        long polled = rig.publish(1);
        Await.until(() -> {
            rig.scheduler.advanceIfScheduled(WebsocketRig.settings().fallbackInterval());
            return rig.handled.contains(polled);
        }, "the notification by polling", 10);
        rig.demo.clear(FaultKind.WS_REFUSE);
        Await.until(() -> {
            rig.scheduler.advanceIfScheduled(WebsocketRig.settings().fallbackInterval());
            return rig.states.latest().state() == GREEN;
        }, "the websocket again after the retry time", 10);
        long pushed = rig.publish(2);
        rig.awaitHandled(pushed);

        assertThat(orange.cause().words()).contains("HTTP 400").contains("/websocket/peek_notifications");
        assertThat(orange.cause().advice()).contains("Upgrade and Connection headers");
        assertThat(rig.states.states()).containsExactly(STOPPED, ROTATING, ORANGE, GREEN);
        assertThat(rig.handled).containsExactly(polled, pushed);
    }

    @Test
    void aStrippedUpgradeWhosePollingFailsTooIsRedWithBothReasons() throws Exception {
        rig = WebsocketRig.start(Profile.V18, "ws-refuse=400", "proxy-502=/websocket/peek_notifications");
        rig.connect();

        ConnectionStatus red = rig.states.await(RED, Kind.UPGRADE_REFUSED);

        assertThat(red.cause().words()).contains("HTTP 400").contains("failed too").contains("502");
    }

    @Test
    void aSlowServerStaysGreenAndItsNotificationsArriveLate() throws Exception {
        rig = WebsocketRig.start(Profile.V18);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);
        rig.demo.inject(Fault.parse("ws-slow=300"));

        long id = rig.publish(1);
        rig.awaitHandled(id);

        assertThat(rig.states.states()).containsExactly(STOPPED, ROTATING, GREEN);
    }

    @Test
    void aClickReconnectsNowRotatingButNeverRed() throws Exception {
        rig = WebsocketRig.start(Profile.V17);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);
        long before = rig.publish(1);
        rig.awaitHandled(before);

        rig.connection.reconnectNow();
        rig.states.await(ROTATING, Kind.RECONNECTING);
        rig.states.await(GREEN);
        long after = rig.publish(2);
        rig.awaitHandled(after);

        assertThat(rig.states.states()).containsExactly(STOPPED, ROTATING, GREEN, ROTATING, GREEN);
        assertThat(rig.handled).containsExactly(before, after);
    }

    @Test
    void closingReturnsWithinTwoSecondsWhileTheUpgradeHangs() throws Exception {
        rig = WebsocketRig.start(Profile.V18, "hang=/websocket");
        PushConnection connection = rig.connect(WebsocketRig.settings().withUpgradeTimeout(Duration.ofSeconds(60)),
                rig.endpoint(), rig.dialer(WebsocketRig.settings().withUpgradeTimeout(Duration.ofSeconds(60))));
        rig.states.await(ROTATING);

        long start = System.nanoTime();
        boolean stopped = connection.stop(PushConnection.CLOSE_BOUND);

        assertThat(stopped).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PushConnection.CLOSE_BOUND);
        assertThat(rig.states.latest().state()).isEqualTo(STOPPED);
    }

    @Test
    void aMessageOverTheCapIsRedWithItsCauseInsteadOfFillingTheMemory() throws Exception {
        rig = WebsocketRig.start(Profile.V18);
        WebsocketSettings capped = WebsocketRig.settings().withFrameCap(4096);
        rig.connect(capped, rig.endpoint(), rig.dialer(capped));
        rig.states.await(GREEN);
        rig.awaitSockets(1);

        rig.demo.publish(rig.demo.posChannel(), WebsocketRig.TYPE, JsonRpcClient.MAPPER.createObjectNode()
                .put("big", "x".repeat(64 * 1024)));

        ConnectionStatus red = rig.states.await(RED, Kind.BAD_FRAME);
        assertThat(red.cause().words()).contains("4 KiB");
        assertThat(rig.handled).isEmpty();
    }

    @Test
    void theHandlersOfLongPollingWorkUnchangedOnTheWebsocket() throws Exception {
        rig = WebsocketRig.start(Profile.V17);
        List<List<Long>> reloaded = new ArrayList<>();
        rig.router.onChannel(PartnerSyncHandler.CHANNEL, Runnable::run, new PartnerSyncHandler(reloaded::add));
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);
        ObjectNode update = JsonRpcClient.MAPPER.createObjectNode().put("message", "update_partner_fields");
        update.putArray("partner_ids").add(14).add(15);

        rig.demo.publish(rig.demo.posChannel(), PartnerSyncHandler.CHANNEL, update);
        long after = rig.publish(1);
        rig.awaitHandled(after);

        assertThat(reloaded).containsExactly(List.of(14L, 15L));
    }

    @Test
    void backAfterAGapLongerThanTheServerKeepsNotificationsTheDataIsReloaded() throws Exception {
        rig = WebsocketRig.start(Profile.V18);
        rig.connect();
        rig.states.await(GREEN);
        rig.awaitSockets(1);

        rig.demo.inject(Fault.of(FaultKind.DOWN));
        rig.states.await(RED);
        rig.clock.advance(WebsocketRig.settings().reloadGap().plusSeconds(1));
        rig.demo.clear(FaultKind.DOWN);
        rig.retryUntil(GREEN);

        assertThat(rig.reloads).hasValue(1);
    }
}
