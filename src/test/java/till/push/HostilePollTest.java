package till.push;

import static org.assertj.core.api.Assertions.assertThat;
import static till.push.ConnectionState.GREEN;
import static till.push.ConnectionState.ORANGE;
import static till.push.ConnectionState.RED;
import static till.testsupport.HostileAnswers.EMPTY_RESULT;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.odoo.JsonRpcClient;
import till.push.BusCause.Kind;
import till.testsupport.Await;
import till.testsupport.HostileAnswers;
import till.testsupport.HostileServer;
import till.testsupport.MutableClock;
import till.worker.Backoff;

/**
 * The push channel's long poll against a scripted server in front of the demo server (real loopback sockets), answered
 * in one bad way: the icon says what happened in words that fit, the worker is never left dead, and once the server
 * behaves the icon is green again. Back-off waits are moved by the test, never waited.
 */
class HostilePollTest {

    private static final String POLL = BusCalls.POLL;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final RecordingStatusListener states = new RecordingStatusListener();
    private final AtomicInteger renewals = new AtomicInteger();
    private DemoServer demo;
    private HostileServer hostile;
    private PushConnection connection;
    private Runnable listening = () -> { };

    @AfterEach
    void stop() throws Exception {
        listening.run();
        if (connection != null) {
            connection.close();
        }
        if (hostile != null) {
            hostile.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    /** A demo server that holds polls 5 s, the scripted server in front, and a connection through it. */
    private void start() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withHold(Duration.ofSeconds(5)));
        hostile = HostileServer.inFrontOf(demo.url());
        JsonRpcClient rpc = JsonRpcClient.create(hostile.url());
        BusSettings settings = new BusSettings("demo", 1, false, Duration.ofSeconds(60), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(100));
        BusClock time = new BusClock(clock, scheduler, new Backoff(Backoff.RECONNECT_BASE, Backoff.RECONNECT_CAP,
                () -> 0.5));
        BusInbox inbox = new BusInbox(new NotificationRouter(), new FakeBusCursor(), () -> { }, clock);
        connection = new PushConnection(() -> PushConnectionTest.pos(Profile.V15), (pos, events) ->
                new LongPollingTransport(new BusCalls(rpc, rpc), settings, time, inbox, renewals::incrementAndGet,
                        events), hostile.url().toString(), time, new ScheduledSleeper(scheduler));
        connection.addListener(Runnable::run, states);
    }

    /** Lets back-off waits pass until the icon is green again: the worker is alive and polls the good server. */
    private void waitOutBackOffsUntilGreen() {
        Await.until(() -> {
            scheduler.advanceIfScheduled(Backoff.RECONNECT_CAP);
            return states.latest().state() == GREEN;
        }, "green after the back-off", 10);
    }

    static Stream<Arguments> failedPolls() {
        String bigItem = "{\"id\": 1, \"channel\": [\"demo\", \"pos.longpolling\", \"1\"], \"message\": \"PONG\"}";
        return Stream.of(
                Arguments.of("proxy 502", HostileAnswers.html(502), Kind.PROXY_STATUS, "HTTP 502"),
                Arguments.of("HTML 404", HostileAnswers.html(404), Kind.NO_POLL_ROUTE, "no route /longpolling/poll"),
                Arguments.of("reset", HostileAnswers.resetAtOnce(), Kind.CONNECTION_BROKEN, "broke off"),
                Arguments.of("truncated JSON", HostileAnswers.json(EMPTY_RESULT.substring(0, 20)), Kind.SERVER_ERROR,
                        "cut off"),
                // Item 11: not "the connection broke off".
                Arguments.of("invalid JSON", HostileAnswers.json("{'jsonrpc': '2.0', 'result': []}"),
                        Kind.SERVER_ERROR, "not Odoo's answer"),
                Arguments.of("HTML 200", HostileAnswers.html(200), Kind.SERVER_ERROR, "not Odoo's answer"),
                // Item 6: 200 000 items would take gigabytes; the answer is abandoned at the cap.
                Arguments.of("200 000 items", HostileAnswers.list(200_000, i -> bigItem.replace("1,", i + ",")),
                        Kind.SERVER_ERROR, "larger than 4 MB, the most Till reads for a long poll"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedPolls")
    void aBadPollAnswerTurnsRedWithFittingWordsAndTheChannelComesBack(String name, HostileServer.Answer answer,
                                                                     Kind kind, String words) throws Exception {
        start();
        hostile.always(POLL, answer);
        connection.start(Optional.empty());

        ConnectionStatus red = states.await(s -> s.state() == RED, "red");

        assertThat(red.cause().kind()).as(red.cause().words()).isEqualTo(kind);
        assertThat(red.cause().words()).containsIgnoringCase(words);
        hostile.behave();
        waitOutBackOffsUntilGreen();
    }

    @Test
    void aPollAnsweredRedirectToTheLoginPageLogsInAgainAndPollsOn() throws Exception {
        start();
        hostile.times(POLL, 1, HostileAnswers.redirect(303, "/web/login?redirect=%2Flongpolling%2Fpoll"));
        connection.start(Optional.empty());

        states.await(GREEN);

        Await.until(() -> renewals.get() == 1, "a new login", 10);
        assertThat(states.states()).doesNotContain(RED);
    }

    @Test
    void aPollAnsweredAtOnceWithNothingOverAndOverWaitsBetweenPollsAndSaysWhyInOrangeLoggedOnce() throws Exception {
        start();
        hostile.always(POLL, HostileAnswers.json(EMPTY_RESULT));
        ListAppender<ILoggingEvent> log = listen();
        connection.start(Optional.empty());

        ConnectionStatus orange = states.await(s -> s.state() == ORANGE && s.cause().words().contains("at once"),
                "orange: the long poll is answered at once");

        assertThat(orange.cause().words()).contains("answers the long poll at once with nothing (3 times in a row)");
        assertThat(orange.cause().advice()).contains("proxy", "8072");
        // The worker now waits out a back-off that only the test's clock ends: no poll goes out meanwhile.
        int polls = hostile.requests(POLL);
        assertThat(polls).as("a peek, then three quick polls").isEqualTo(4);
        for (int more = 1; more <= 3; more++) {
            scheduler.advanceWhenScheduled(Backoff.RECONNECT_CAP);
            int expected = polls + more;
            Await.until(() -> hostile.requests(POLL) == expected, "one poll after each wait", 10);
        }
        assertThat(states.states()).as("red once on the way: green never turns orange directly")
                .containsExactly(ConnectionState.STOPPED, ORANGE, GREEN, RED, ORANGE);
        assertThat(warnings(log)).as("logged once, not per poll").hasSize(1).first().asString()
                .contains("at once with nothing 3 times in a row");

        hostile.behave();
        scheduler.advanceWhenScheduled(Backoff.RECONNECT_CAP);
        states.await(GREEN);
    }

    @Test
    void aClickWhileTheLongPollIsAnsweredAtOnceRotatesThenShowsOrangeAgain() throws Exception {
        start();
        hostile.always(POLL, HostileAnswers.json(EMPTY_RESULT));
        connection.start(Optional.empty());
        states.await(s -> s.state() == ORANGE && s.cause().words().contains("at once"), "orange");

        connection.reconnectNow();

        states.await(s -> s.state() == ORANGE && s.cause().words().contains("at once"), "orange after the click");
        assertThat(states.states()).endsWith(ConnectionState.ROTATING, RED, ORANGE);
    }

    private ListAppender<ILoggingEvent> listen() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(LongPollingTransport.class);
        logger.addAppender(log);
        listening = () -> logger.detachAppender(log);
        return log;
    }

    private static java.util.List<String> warnings(ListAppender<ILoggingEvent> log) {
        synchronized (log.list) {
            return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                    .toList();
        }
    }
}
