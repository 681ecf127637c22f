package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static till.testsupport.HostileAnswers.EMPTY_RESULT;
import static till.testsupport.HostileAnswers.body;
import static till.testsupport.HostileAnswers.continueFirst;
import static till.testsupport.HostileAnswers.gzipLie;
import static till.testsupport.HostileAnswers.hang;
import static till.testsupport.HostileAnswers.html;
import static till.testsupport.HostileAnswers.hugeDeclared;
import static till.testsupport.HostileAnswers.hugeList;
import static till.testsupport.HostileAnswers.json;
import static till.testsupport.HostileAnswers.list;
import static till.testsupport.HostileAnswers.redirect;
import static till.testsupport.HostileAnswers.resetAtOnce;
import static till.testsupport.HostileAnswers.resetMidBody;
import static till.testsupport.HostileAnswers.rpcError;
import static till.testsupport.HostileAnswers.stallMidBody;
import static till.testsupport.HostileAnswers.trickle;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.odoo.OdooException.Kind;
import till.testsupport.HostileServer;

/**
 * The Odoo client's calls against a scripted server in front of the demo server, each answered in one bad way on a
 * real loopback socket: the call ends with the classified failure and words a person can act on (or, where the answer
 * is odd but usable, with the result). The cases of docs/hostile-servers.md that a single call shows. About 290
 * lines: one table of cases, read top to bottom.
 */
class HostileServerCallsTest {

    private static final String VERSION = "/web/webclient/version_info";
    private static final String LOGIN = "/web/session/authenticate";
    private static final String PRODUCTS = "/web/dataset/call_kw/product.product/search_read";
    private static final String ORDERS = "/web/dataset/call_kw/pos.order/create_from_ui";
    private static final String PARTIAL = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": [{\"id\": 1, \"display_name\":"
            + " \"Desk Pad\", \"lst_price\": 2.5}, {\"id\": 2, \"display_name\": \"Pen\"}]}";
    private static final String VERSION_15 = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {\"server_version\":"
            + " \"15.0\", \"server_version_info\": [15, 0, 0, \"final\", 0, \"\"], \"protocol_version\": 1}}";

    private DemoServer demo;
    private HostileServer hostile;
    private JsonRpcOdooClient client;

    @AfterEach
    void stop() throws Exception {
        if (hostile != null) {
            hostile.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    private void serve() throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15).withHold(Duration.ofMillis(200)));
        hostile = HostileServer.inFrontOf(demo.url());
        client = new JsonRpcOdooClient(JsonRpcClient.create(hostile.url()));
    }

    private Login logIn() throws OdooException {
        return client.authenticate(new Credentials("demo", DemoServer.LOGIN, DemoServer.PASSWORD));
    }

    /** A call of the client, as the till makes it. */
    private enum Call {
        VERSION_INFO {
            @Override
            Object run(JsonRpcOdooClient client) throws OdooException {
                return client.version();
            }
        },
        /** A call with a one-second deadline, for answers that never end. */
        QUICK_VERSION_INFO {
            @Override
            Object run(JsonRpcOdooClient client) throws OdooException {
                return client.rpc().call(VERSION, JsonRpcClient.MAPPER.createObjectNode(), Duration.ofSeconds(1));
            }
        },
        LOGIN_CALL {
            @Override
            Object run(JsonRpcOdooClient client) throws OdooException {
                return client.authenticate(new Credentials("demo", DemoServer.LOGIN, DemoServer.PASSWORD));
            }
        },
        SEARCH_READ {
            @Override
            Object run(JsonRpcOdooClient client) throws OdooException {
                client.authenticate(new Credentials("demo", DemoServer.LOGIN, DemoServer.PASSWORD));
                return client.searchRead("product.product", JsonRpcClient.MAPPER.createArrayNode(),
                        List.of("display_name", "lst_price"), "", 0);
            }
        },
        CREATE_FROM_UI {
            @Override
            Object run(JsonRpcOdooClient client) throws OdooException {
                client.authenticate(new Credentials("demo", DemoServer.LOGIN, DemoServer.PASSWORD));
                return client.createFromUi(List.of(JsonRpcClient.MAPPER.createObjectNode()));
            }
        };

        abstract Object run(JsonRpcOdooClient client) throws OdooException;
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                failing("HTML 200 from another web server", VERSION, html(200), Call.VERSION_INFO,
                        Kind.MISCONFIGURED, "the address of an Odoo server?"),
                failing("HTML 404: not Odoo", VERSION, html(404), Call.VERSION_INFO, Kind.MISCONFIGURED,
                        "no Odoo route /web/webclient/version_info"),
                failing("Odoo's HTML 500", PRODUCTS, html(500), Call.SEARCH_READ, Kind.RETRYABLE,
                        "HTML error page (HTTP 500)"),
                failing("proxy 502", ORDERS, html(502), Call.CREATE_FROM_UI, Kind.RETRYABLE, "HTTP 502 from a proxy"),
                failing("proxy 503", ORDERS, html(503), Call.CREATE_FROM_UI, Kind.RETRYABLE, "HTTP 503 from a proxy"),
                failing("proxy 504", ORDERS, html(504), Call.CREATE_FROM_UI, Kind.RETRYABLE, "HTTP 504 from a proxy"),
                failing("empty body", ORDERS, json(""), Call.CREATE_FROM_UI, Kind.RETRYABLE, "an empty answer"),
                failing("empty body without a type", VERSION, body(200, "", ""), Call.VERSION_INFO,
                        Kind.MISCONFIGURED, "the address of an Odoo server?"),
                failing("truncated JSON", ORDERS, json(PARTIAL.substring(0, 40)), Call.CREATE_FROM_UI,
                        Kind.RETRYABLE, "cut off"),
                failing("invalid JSON", ORDERS, json("{'jsonrpc': '2.0', 'result': True}"), Call.CREATE_FROM_UI,
                        Kind.RETRYABLE, "not valid JSON"),
                failing("JSON that is not JSON-RPC", VERSION, json("{\"status\": \"pass\"}"), Call.VERSION_INFO,
                        Kind.MISCONFIGURED, "not Odoo's JSON-RPC"),
                failing("a list where an object belongs", VERSION, json(EMPTY_RESULT), Call.VERSION_INFO,
                        Kind.MISCONFIGURED, "no version number"),
                failing("an object where a list belongs", PRODUCTS, json("{\"jsonrpc\": \"2.0\", \"id\": 1,"
                        + " \"result\": {\"records\": []}}"), Call.SEARCH_READ, Kind.MISCONFIGURED,
                        "object instead of a list"),
                failing("stalled halfway through the body", VERSION, stallMidBody(VERSION_15),
                        Call.QUICK_VERSION_INFO, Kind.RETRYABLE, "did not answer within 1 s"),
                failing("hang", VERSION, hang(), Call.QUICK_VERSION_INFO, Kind.RETRYABLE,
                        "did not answer within 1 s"),
                failing("reset before the answer", ORDERS, resetAtOnce(), Call.CREATE_FROM_UI, Kind.RETRYABLE,
                        "broke off"),
                failing("reset halfway through the body", ORDERS, resetMidBody(PARTIAL), Call.CREATE_FROM_UI,
                        Kind.RETRYABLE, "broke off"),
                failing("gzip lie", VERSION, gzipLie(VERSION_15), Call.VERSION_INFO, Kind.RETRYABLE,
                        "broke off"),
                failing("wrong password", LOGIN, rpcError(200, "odoo.exceptions.AccessDenied", "Access Denied"),
                        Call.LOGIN_CALL, Kind.AUTHENTICATION, "the login or the password is wrong"),
                failing("unknown database", LOGIN, rpcError(200, "psycopg2.OperationalError",
                        "FATAL:  database \\\"nope\\\" does not exist"), Call.LOGIN_CALL, Kind.AUTHENTICATION,
                        "database does not exist"),
                failing("database down", ORDERS, rpcError(200, "psycopg2.OperationalError",
                        "could not connect to server"), Call.CREATE_FROM_UI, Kind.RETRYABLE, "its database"),
                failing("a business error", ORDERS, rpcError(200, "odoo.exceptions.UserError",
                        "No cash statement found"), Call.CREATE_FROM_UI, Kind.REJECTED, "No cash statement found"),
                // Item 2: PostgreSQL's concurrency errors pass; only the OperationalError name was retried.
                failing("SerializationFailure", ORDERS, rpcError(200, "psycopg2.errors.SerializationFailure",
                        "could not serialize access due to concurrent update"), Call.CREATE_FROM_UI, Kind.RETRYABLE,
                        "passing conflict in its database"),
                failing("LockNotAvailable", ORDERS, rpcError(200, "psycopg2.errors.LockNotAvailable",
                        "could not obtain lock on row in relation \\\"pos_session\\\""), Call.CREATE_FROM_UI,
                        Kind.RETRYABLE, "passing conflict in its database"),
                failing("DeadlockDetected", ORDERS, rpcError(200, "psycopg2.errors.DeadlockDetected",
                        "deadlock detected"), Call.CREATE_FROM_UI, Kind.RETRYABLE, "passing conflict in its database"),
                failing("TransactionRollbackError (psycopg2 before 2.8)", ORDERS, rpcError(200,
                        "psycopg2.extensions.TransactionRollbackError", "could not serialize access"),
                        Call.CREATE_FROM_UI, Kind.RETRYABLE, "passing conflict in its database"),
                failing("QueryCanceled (a statement timeout)", PRODUCTS, rpcError(200, "psycopg2.errors.QueryCanceled",
                        "canceling statement due to statement timeout"), Call.SEARCH_READ, Kind.RETRYABLE,
                        "cannot use its database right now (QueryCanceled)"),
                // Item 6: every answer is read through a cap for its kind of call.
                failing("half a gigabyte, its length declared", PRODUCTS, hugeDeclared(512L << 20), Call.SEARCH_READ,
                        Kind.RETRYABLE, "larger than 64 MB, the most Till reads for loading data"),
                failing("9 MB answer to an order", ORDERS, hugeList(9L << 20, i -> "{\"id\": " + i
                        + ", \"pos_reference\": \"Order 00001-001-" + i + "\"}"), Call.CREATE_FROM_UI, Kind.RETRYABLE,
                        "larger than 8 MB, the most Till reads for sending orders"),
                failing("3 MB answer to version_info", VERSION, hugeList(3L << 20, i -> "\"padding\""),
                        Call.VERSION_INFO, Kind.RETRYABLE, "larger than 2 MB, the most Till reads for an ordinary"
                        + " call"),
                // Item 9: a redirect to the login page is an expired session, not "is this Odoo?".
                failing("303 to /web/login on the login itself", LOGIN, redirect(303, "/web/login?redirect=%2Fweb"),
                        Call.LOGIN_CALL, Kind.SESSION_EXPIRED, "session expired"),
                failing("302 elsewhere", VERSION, redirect(302, "https://shop.example.com/web/webclient/version_info"),
                        Call.VERSION_INFO, Kind.MISCONFIGURED, "to https://shop.example.com"));
    }

    private static Arguments failing(String name, String route, HostileServer.Answer answer, Call call, Kind kind,
                                     String words) {
        return Arguments.of(name, route, answer, call, kind, words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aBadAnswerEndsTheCallWithItsKindAndWords(String name, String route, HostileServer.Answer answer, Call call,
                                                 Kind kind, String words) throws Exception {
        serve();
        hostile.always(route, answer);

        OdooException failure = catchThrowableOfType(OdooException.class, () -> call.run(client));

        assertThat(failure).as(name).isNotNull();
        assertThat(failure.kind()).as(name + ": " + failure.getMessage()).isEqualTo(kind);
        assertThat(failure.getMessage()).containsIgnoringCase(words).doesNotContain("Exception");
        assertThat(failure.getMessage()).as("no password in the words").doesNotContain("password\":");
    }

    static Stream<Arguments> usable() {
        return Stream.of(
                Arguments.of("trickled one byte at a time", trickle(VERSION_15)),
                Arguments.of("100 Continue nobody asked for", continueFirst(json(VERSION_15))),
                Arguments.of("an answer with unknown extra keys", json("{\"jsonrpc\": \"2.0\", \"id\": 1, \"x\": [1],"
                        + " \"result\": {\"server_version\": \"15.0\", \"server_version_info\": [15, 0], \"y\": {}}}"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usable")
    void anOddButCompleteAnswerIsRead(String name, HostileServer.Answer answer) throws Exception {
        serve();
        hostile.always(VERSION, answer);

        assertThat(client.version().major()).as(name).isEqualTo(15);
    }

    @Test
    void aTenMegabyteCatalogIsReadWhole() throws Exception {
        serve();
        hostile.always(PRODUCTS, list(40_000, HostileServerCallsTest::product));

        JsonNode products = (JsonNode) Call.SEARCH_READ.run(client);

        assertThat(products).hasSize(40_000);
        assertThat(products.get(39_999).path("display_name").asText()).isEqualTo("Product 39999 " + "x".repeat(200));
    }

    @Test
    void aRedirectToTheLoginPageOnACallLogsInAgainAndTheCallGoesThrough() throws Exception {
        serve();
        logIn();
        hostile.times(PRODUCTS, 1, redirect(303, "/web/login?redirect=%2Fweb%2Fdataset"));

        JsonNode products = client.searchRead("product.product", JsonRpcClient.MAPPER.createArrayNode(),
                List.of("display_name"), "", 0);

        assertThat(products).isNotEmpty();
        assertThat(hostile.requests(LOGIN)).as("logged in again").isEqualTo(2);
        assertThat(hostile.requests("/web/login")).as("the redirect was not followed").isZero();
    }

    @Test
    void halfAGigabyteOfProductsWithoutADeclaredLengthIsAbandonedSoonAfterTheCap() throws Exception {
        serve();
        hostile.always(PRODUCTS, hugeList(512L << 20, HostileServerCallsTest::product));

        OdooException failure = catchThrowableOfType(OdooException.class, () -> Call.SEARCH_READ.run(client));

        assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(failure.getMessage()).contains("larger than 64 MB, the most Till reads for loading data");
        assertThat(UnusableAnswer.behind(failure)).hasValueSatisfying(a -> assertThat(a.problem())
                .isEqualTo(UnusableAnswer.Problem.TOO_LARGE));
        // The client hangs up after the cap; what the socket buffers held on the way is all that was written.
        assertThat(hostile.bytesWritten()).isLessThan(128L << 20);
    }

    @Test
    void aSelfSignedCertificateIsMisconfiguredAndSaysTheCertificateMayNotBeTrusted(@TempDir Path folder)
            throws Exception {
        demo = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15));
        hostile = HostileServer.selfSignedInFrontOf(demo.url(), folder);
        client = new JsonRpcOdooClient(JsonRpcClient.create(hostile.url()));

        OdooException failure = catchThrowableOfType(OdooException.class, client::version);

        assertThat(failure.kind()).isEqualTo(Kind.MISCONFIGURED);
        assertThat(failure.transport()).isEqualTo(OdooException.Transport.TLS);
        assertThat(failure.getMessage()).contains("TLS", hostile.url().toString(), "certificate may not be trusted");
    }

    private static String product(long i) {
        return "{\"id\": " + i + ", \"display_name\": \"Product " + i + " " + "x".repeat(200) + "\", \"lst_price\":"
                + " 2.5, \"barcode\": false, \"default_code\": \"P" + i + "\", \"pos_categ_id\": [1, \"All\"],"
                + " \"taxes_id\": [1]}";
    }
}
