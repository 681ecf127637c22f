package till.push;

import till.worker.Backoff;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import till.odoo.JsonRpcClient;
import till.odoo.OdooException;
import till.demoserver.Profile;
import till.testsupport.MutableClock;

/**
 * The push channel when Odoo answers a poll with "Session expired" (code 100): it logs in again through the given
 * renewal and polls on, or turns red saying why logging in failed. Odoo's own poll route is public and never says
 * that (the demo server neither), so a small JDK HTTP server on loopback plays a server (or a proxy with its own
 * login) that does.
 */
class BusSessionRenewalTest {

    private static final String EXPIRED = "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":100,\"message\":"
            + "\"Odoo Session Expired\",\"data\":{\"name\":\"odoo.http.SessionExpiredException\",\"debug\":\"\","
            + "\"message\":\"Session expired\",\"arguments\":[\"Session expired\"],\"context\":{}}}}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final RecordingStatusListener states = new RecordingStatusListener();
    private final AtomicInteger expiredAnswersLeft = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;
    private PushConnection connection;

    @AfterEach
    void stop() {
        released.countDown();
        if (connection != null) {
            connection.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    /** Version info answers; a poll answers "Session expired" while {@link #expiredAnswersLeft} lasts, then holds. */
    private URI serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/web/webclient/version_info", e -> answer(e, "{\"jsonrpc\":\"2.0\",\"id\":1,"
                + "\"result\":{\"server_version\":\"15.0\",\"server_version_info\":[15,0,0,\"final\",0,\"\"]}}"));
        server.createContext("/longpolling/poll", e -> {
            polls.incrementAndGet();
            if (expiredAnswersLeft.getAndDecrement() > 0) {
                answer(e, EXPIRED);
                return;
            }
            String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!body.contains("\"peek\":true")) {
                try {
                    released.await();
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
            answer(e, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[]}");
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange e, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "application/json");
        e.sendResponseHeaders(200, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    private void startPoller(URI url, SessionRenewal renewal) {
        JsonRpcClient rpc = JsonRpcClient.create(url);
        BusSettings settings = new BusSettings("shop", 1, false, Duration.ofSeconds(60), Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(100));
        BusClock time = new BusClock(clock, scheduler, new Backoff(Backoff.RECONNECT_BASE, Backoff.RECONNECT_CAP,
                () -> 0.5));
        BusInbox inbox = new BusInbox(new NotificationRouter(), new FakeBusCursor(), () -> { }, clock);
        connection = new PushConnection(() -> PushConnectionTest.pos(Profile.V15), (pos, events) ->
                new LongPollingTransport(new BusCalls(rpc, rpc), settings, time, inbox, renewal, events),
                url.toString(), time, new ScheduledSleeper(scheduler));
        connection.addListener(Runnable::run, states);
        connection.start(Optional.empty());
    }

    @Test
    void aPollAnsweredSessionExpiredLogsInAgainAndPollsOnWithoutTurningRed() throws Exception {
        expiredAnswersLeft.set(1);
        AtomicInteger logins = new AtomicInteger();
        startPoller(serve(), logins::incrementAndGet);

        states.await(ConnectionState.GREEN);

        assertThat(logins).hasValue(1);
        assertThat(states.states()).doesNotContain(ConnectionState.RED);
    }

    @Test
    void whenLoggingInAgainIsRefusedTheIconIsRedAndSaysTheAdminMustReenterThePassword() throws Exception {
        expiredAnswersLeft.set(Integer.MAX_VALUE);
        startPoller(serve(), () -> {
            throw new OdooException(OdooException.Kind.AUTHENTICATION, "Odoo refused the login: the login or the"
                    + " password is wrong.");
        });

        ConnectionStatus red = states.await(ConnectionState.RED, BusCause.Kind.SESSION_EXPIRED);

        assertThat(red.cause().words()).contains("session expired and logging in again failed",
                "the login or the password is wrong");
        assertThat(red.cause().advice()).contains("re-enter");
    }

    @Test
    void withoutAWayToLogInAgainTheExpiryIsAFailureInWords() throws Exception {
        expiredAnswersLeft.set(Integer.MAX_VALUE);
        startPoller(serve(), SessionRenewal.none());

        ConnectionStatus red = states.await(ConnectionState.RED, BusCause.Kind.SESSION_EXPIRED);

        assertThat(red.cause().words()).contains("no password to log in again");
    }
}
