package till.app;

import till.catalog.CatalogRefresh;
import till.push.PushConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.push.BusCalls;
import till.push.BusClock;
import till.push.BusCursor;
import till.push.BusInbox;
import till.push.BusSettings;
import till.push.ConnectionState;
import till.worker.ExecutorScheduler;
import till.push.NotificationRouter;
import till.push.LongPollingTransport;
import till.push.PartnerSyncHandler;
import till.push.PushTransport;
import till.push.SessionRenewal;
import till.odoo.JsonRpcClient;
import till.odoo.PosContext;
import till.outbox.DeliveryTransitions;
import till.outbox.OrderSender;
import till.outbox.OrderTransport;
import till.outbox.OutboxQueue;
import till.outbox.SenderOptions;
import till.outbox.SenderStatus;
import till.worker.WakeableSleeper;
import till.demoserver.DemoServer;
import till.status.OrderDelivery;
import till.push.PushChannel;
import till.push.OkHttpWebsocketDialer;
import till.push.SessionCookie;
import till.push.WebsocketBus;
import till.push.WebsocketDialer;
import till.push.WebsocketEndpoint;
import till.push.WebsocketSettings;
import till.push.WebsocketTransport;

/**
 * The till's connections to its server, built by {@link Backends}: the order sender, the push channel and, in demo
 * mode, the in-process demo server they talk to. Start it once the window shows; close it before the store.
 * Thread-safe.
 */
final class TillBackend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TillBackend.class);
    private static final Duration STOP_BOUND = Duration.ofSeconds(5);

    private final OrderSender sender;
    private final PushConnection link;
    private final ExecutorScheduler scheduler;
    private final Optional<DemoServer> demo;
    private final Optional<PosContext> known;
    private final CatalogRefresh refresh;

    private TillBackend(OrderSender sender, PushConnection link, ExecutorScheduler scheduler, Optional<DemoServer> demo,
                        Optional<PosContext> known, CatalogRefresh refresh) {
        this.refresh = refresh;
        this.sender = sender;
        this.link = link;
        this.scheduler = scheduler;
        this.demo = demo;
        this.known = known;
        // The push channel coming back is the moment to send what waits, not the end of the sender's back-off.
        link.addListener(Runnable::run, status -> {
            if (status.state() == ConnectionState.GREEN) {
                sender.connectionRestored();
            }
        });
    }

    /**
     * What a backend talks to: the transport the sender delivers with, how the push channel logs in, the clients it
     * polls with, and in demo mode the demo server and the POS found while starting it. Immutable.
     *
     * @param rpc   the client for ordinary calls, whose session {@code connector} logs in
     * @param push  the client for the push URL (may be {@code rpc})
     * @param known   the POS when it is already known, so the push channel needs no second login
     * @param refresh where catalogs loaded from the server go (the store's cache, then the screen)
     * @param renewal logs the push channel's session in again after "Session expired"
     * @param websocket the websocket bus of the POS the push channel logged in to, for a 16+ server; empty for 14
     *                  and 15, which long-poll
     */
    record Endpoints(OrderTransport transport, PushConnection.Connector connector, JsonRpcClient rpc,
                     JsonRpcClient push, Optional<DemoServer> demo, Optional<PosContext> known, CatalogRefresh refresh,
                     SessionRenewal renewal, Function<PosContext, Optional<WebsocketEndpoint>> websocket) {

        /** Endpoints of a server that long-polls (14, 15). */
        Endpoints(OrderTransport transport, PushConnection.Connector connector, JsonRpcClient rpc, JsonRpcClient push,
                  Optional<DemoServer> demo, Optional<PosContext> known, CatalogRefresh refresh,
                  SessionRenewal renewal) {
            this(transport, connector, rpc, push, demo, known, refresh, renewal, pos -> Optional.empty());
        }
    }

    /** Wires a sender and a push channel on {@code endpoints}; nothing runs before {@link #start()}. */
    static TillBackend wire(Endpoints endpoints, OutboxQueue queue, BusCursor cursor, Clock clock,
                            LinkTimings timings) {
        return wire(endpoints, queue, cursor, clock, timings, SenderOptions.defaults());
    }

    /**
     * Like {@link #wire(Endpoints, OutboxQueue, BusCursor, Clock, LinkTimings)}, the sender with the server's settle
     * time and the requests of {@code till outbox retry-rejected}.
     */
    static TillBackend wire(Endpoints endpoints, OutboxQueue queue, BusCursor cursor, Clock clock,
                            LinkTimings timings, SenderOptions options) {
        OrderSender sender = new OrderSender(queue, endpoints.transport(), new WakeableSleeper(),
                timings.senderBackoff(), clock, options);
        sender.addListener(new DeliveryTransitions(), Runnable::run);
        ExecutorScheduler scheduler = new ExecutorScheduler("push-timer");
        BusCalls calls = new BusCalls(endpoints.rpc(), endpoints.push());
        CatalogRefresh refresh = endpoints.refresh();
        NotificationRouter router = new NotificationRouter();
        // The handler only queues the reload on the refresh's own thread: the poller never waits for the network.
        router.onChannel(PartnerSyncHandler.CHANNEL, Runnable::run, new PartnerSyncHandler(refresh::reloadCustomers));
        BusClock time = new BusClock(clock, scheduler, timings.busBackoff().get());
        BusInbox inbox = new BusInbox(router, cursor, refresh::reloadAll, clock);
        WebsocketDialer dialer = new OkHttpWebsocketDialer(WebsocketSettings.defaults(), SessionCookie.none());
        // The server decides: a POS whose login named a websocket bus (16+) pushes over it, 14 and 15 long-poll.
        PushTransport.Factory transports = (pos, events) -> endpoints.websocket().apply(pos)
                .<PushTransport>map(ws -> new WebsocketTransport(new WebsocketBus(ws, pos.database(), dialer,
                        endpoints.push()), WebsocketSettings.defaults(), time, inbox, endpoints.renewal(), events))
                .orElseGet(() -> new LongPollingTransport(calls, BusSettings.of(pos).withPollTimeout(
                        timings.pollTimeout()), time, inbox, endpoints.renewal(), events));
        PushConnection link = new PushConnection(endpoints.connector(), transports,
                endpoints.push().server().toString(), time, new WakeableSleeper());
        // The catalog refresh serves the push channel: its unexpected failures show on the same icon.
        refresh.addStatusListener(Runnable::run, status -> link.helperChanged(status, "The catalog refresh"));
        return new TillBackend(sender, link, scheduler, endpoints.demo(), endpoints.known(), refresh);
    }

    /**
     * Starts the push channel, the sender and the catalog refresh's threads; returns at once. The push channel never
     * waits for the catalog: its connector hands the products to the refresh, which loads them on its own thread
     * (docs/catalog.md).
     */
    void start() {
        link.start(known);
        sender.start();
        refresh.start();
    }

    /** Wakes the sender: an order was just paid and committed. */
    void orderPaid() {
        sender.orderPaid();
    }

    /**
     * A new POS session was opened on the server: the push channel logs in again, which loads the new session's
     * catalog into the store and the register (decision 0216). Returns at once.
     */
    void sessionOpened() {
        link.logInAgain();
    }

    SenderStatus senderStatus() {
        return sender.status();
    }

    PushChannel pushChannel() {
        return link;
    }

    OrderDelivery delivery() {
        return new OrderDelivery() {
            @Override
            public void addListener(Consumer<SenderStatus> listener, Executor executor) {
                sender.addListener(listener, executor);
            }

            @Override
            public void sendNow() {
                sender.sendNow();
            }

            @Override
            public void retryRejected(String uid) {
                sender.retryRejected(uid);
            }

            @Override
            public void retryAllRejected() {
                sender.retryAllRejected();
            }
        };
    }

    /** Where catalogs freshly loaded from the server are announced (after they are in the store's cache). */
    CatalogRefresh catalogRefresh() {
        return refresh;
    }

    Optional<DemoServer> demoServer() {
        return demo;
    }

    /** Stops the push channel, then the sender, then the demo server; each bounded, in that order. */
    @Override
    public void close() {
        link.close();
        scheduler.close();
        refresh.close();
        try {
            if (!sender.stop(STOP_BOUND)) {
                LOG.warn("the order sender did not stop within {} s; its orders stay in the outbox", STOP_BOUND
                        .toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            demo.ifPresent(DemoServer::close);
        }
    }
}
