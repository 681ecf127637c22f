package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.catalog.PaymentMethod;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.session.CashMove;
import till.session.CashMoveBook;
import till.session.CashMoveSender;
import till.session.CashMoveState;
import till.session.ClosingOutcome;
import till.session.SessionClosing;
import till.session.SessionFigures;
import till.session.ZReport;
import till.store.TillStore;
import till.worker.Backoff;

/**
 * Cash in and out end to end on every profile of the demo server: recorded in a real store, sent by the sender with
 * the calls of the version, booked once as a statement line, counted in the closing's expected cash and listed on
 * the Z report; sent once after the server was down, not sent twice after a lost answer, and closing refused while
 * one is unsent.
 */
class CashMovesOnDemoServerTest {

    private static final List<PaymentMethod> METHODS = List.of(new PaymentMethod(1, "Cash", true),
            new PaymentMethod(2, "Bank", false));

    @TempDir
    Path dir;
    private DemoServer server;
    private TillStore store;
    private int sessionId;
    private CashMoveBook book;
    private CashMoveSender sender;
    private JsonRpcOdooClient admin;

    private void start(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        sessionId = server.openSession();
        store = TillStore.open(dir, Clock.systemUTC());
        book = new CashMoveBook(store.cashMoves(), Clock.systemUTC(), () -> { });
        Credentials credentials = new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD);
        sender = new CashMoveSender(store.cashMoves(), OdooCashMoveServer.connecting(server.url(), credentials),
                Clock.systemUTC(), Duration.ZERO, Backoff.standard());
        admin = new JsonRpcOdooClient(JsonRpcClient.create(server.url()));
        admin.authenticate(credentials);
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void cashInAndOutAreBookedOnceAndCountedInTheClosing(Profile profile) throws Exception {
        start(profile);
        CashMove in = book.record(sessionId, CashMove.Direction.IN, new BigDecimal("50.00"), "float for change");
        CashMove out = book.record(sessionId, CashMove.Direction.OUT, new BigDecimal("20.50"), "window cleaner");

        sender.round();

        assertThat(store.cashMoves().of(sessionId)).extracting(CashMove::state)
                .containsExactly(CashMoveState.SENT, CashMoveState.SENT);
        assertThat(linesWith(in.ref())).hasSize(1);
        assertThat(linesWith(out.ref())).hasSize(1);
        assertThat(linesWith(out.ref()).get(0).path("amount").decimalValue()).isEqualByComparingTo("-20.50");
        assertThat(linesWith(in.ref()).get(0).path("payment_ref").asText()).contains("float for change");
        assertThat(server.sessionRecord(sessionId).path("cash_register_balance_end").decimalValue())
                .isEqualByComparingTo(server.sessionRecord(sessionId).path("cash_register_balance_start")
                        .decimalValue().add(new BigDecimal("29.50")));

        SessionFigures figures = SessionFigures.of(sessionId, new BigDecimal("100"), METHODS, List.of(),
                store.cashMoves().of(sessionId));
        assertThat(figures.expectedCash()).isEqualByComparingTo("129.50");
        assertThat(figures.allConfirmed()).isTrue();
        if (profile != Profile.V19) {
            ClosingOutcome outcome = closing().close(sessionId, METHODS, Optional.empty(), "", Optional.empty());
            List<String> lines = ((ClosingOutcome.Closed) outcome).report().lines();
            assertThat(lines).contains("cash moves: 2, net 29.50");
            assertThat(lines).anyMatch(l -> l.contains("in") && l.contains("50.00") && l.contains("float for change"));
            assertThat(lines).anyMatch(l -> l.contains("out") && l.contains("20.50") && l.contains("window cleaner"));
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aMoveRecordedWhileTheServerIsDownIsSentOnceWhenItComesBack(Profile profile) throws Exception {
        start(profile);
        server.inject(new Fault(FaultKind.DOWN, ""));
        CashMove move = book.record(sessionId, CashMove.Direction.OUT, new BigDecimal("200"), "bank deposit");

        sender.round();
        assertThat(state(move)).isNotEqualTo(CashMoveState.SENT);
        server.clearFaults();
        sender.round();

        assertThat(state(move)).isEqualTo(CashMoveState.SENT);
        assertThat(linesWith(move.ref())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void aLostAnswerAfterTheCommitIsFoundOnTheServerAndNotSentTwice(Profile profile) throws Exception {
        start(profile);
        String call = profile == Profile.V14 ? "/web/dataset/call_kw/cash.box.out/run"
                : "/web/dataset/call_kw/pos.session/try_cash_in_out";
        server.inject(new Fault(FaultKind.ANSWER_LOST, call));
        CashMove move = book.record(sessionId, CashMove.Direction.IN, new BigDecimal("10"), "change from the bank");

        sender.round();
        assertThat(state(move)).isEqualTo(CashMoveState.UNKNOWN);
        assertThat(linesWith(move.ref())).hasSize(1);
        server.clearFaults();
        sender.round();

        assertThat(state(move)).isEqualTo(CashMoveState.SENT);
        assertThat(linesWith(move.ref())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void closingIsRefusedWhileACashMoveIsUnsentAndAllowedOnceItArrived(Profile profile) throws Exception {
        start(profile);
        server.inject(new Fault(FaultKind.DOWN, ""));
        CashMove move = book.record(sessionId, CashMove.Direction.OUT, new BigDecimal("5"), "stamps");
        sender.round();

        ClosingOutcome refused = closing().close(sessionId, METHODS, Optional.empty(), "", Optional.empty());

        assertThat(refused).isInstanceOf(ClosingOutcome.Refused.class);
        assertThat(((ClosingOutcome.Refused) refused).unsentCashMoves()).extracting(CashMove::ref)
                .containsExactly(move.ref());
        server.clearFaults();
        sender.round();
        ClosingOutcome closed = closing().close(sessionId, METHODS, Optional.empty(), "", Optional.empty());
        assertThat(closed).isInstanceOf(ClosingOutcome.Closed.class);
        ZReport report = ((ClosingOutcome.Closed) closed).report();
        assertThat(report.figures().cashMovesNet()).isEqualByComparingTo("-5");
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V14", "V15"})
    void fourteenAndFifteenRefuseAClosedSessionInTheirWordsAndTheMoveShowsIt(Profile profile) throws Exception {
        start(profile);
        server.closeCurrentSession();
        CashMove move = book.record(sessionId, CashMove.Direction.IN, new BigDecimal("1"), "late coin");

        sender.round();

        CashMove after = store.cashMoves().of(sessionId).get(0);
        assertThat(after.state()).isEqualTo(CashMoveState.REJECTED);
        assertThat(after.lastError()).contains("bank statement which is closed");
        assertThat(linesWith(move.ref())).isEmpty();
    }

    private SessionClosing closing() {
        return new SessionClosing(store.sessionOrders(), store.cashMoves(), OdooSessionServer.connecting(server.url(),
                new Credentials(server.database(), DemoServer.LOGIN, DemoServer.PASSWORD), 1), Clock.systemUTC());
    }

    private CashMoveState state(CashMove move) {
        return store.cashMoves().of(sessionId).stream().filter(m -> m.ref().equals(move.ref())).findFirst()
                .orElseThrow().state();
    }

    private List<JsonNode> linesWith(String ref) throws OdooException {
        ArrayNode domain = JsonRpcClient.MAPPER.createArrayNode();
        domain.addArray().add("payment_ref").add("ilike").add(ref);
        ArrayNode found = admin.searchRead("account.bank.statement.line", domain, List.of(), "", 0);
        List<JsonNode> lines = new ArrayList<>();
        found.forEach(lines::add);
        return lines;
    }
}
