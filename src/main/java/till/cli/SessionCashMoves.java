package till.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import till.catalog.Catalog;
import till.outbox.SenderOptions;
import till.session.CashMove;
import till.session.CashMoveBook;
import till.session.CashMoveSender;
import till.session.CashMoveServer;
import till.session.ZReport;
import till.store.TillStore;
import till.worker.Backoff;

/**
 * {@code till session cash-in|cash-out AMOUNT --reason TEXT}: records the cash move in the store (on the disk before
 * anything is sent), then sends what waits once, as the till's sender does. Exit 0 sent, 1 not confirmed by the
 * server (recorded: the till's sender sends it, or looks it up when the answer was lost), 2 usage (a blank reason),
 * 3 no server configured (nothing recorded). Confined to the thread that runs the command line.
 */
final class SessionCashMoves {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CommandContext context;
    private final ConfiguredServer server;
    private final Clock clock;

    SessionCashMoves(CommandContext context, ConfiguredServer server, Clock clock) {
        this.context = context;
        this.server = server;
        this.clock = clock;
    }

    int run(TillStore store, Catalog catalog, CashMove.Direction direction, BigDecimal amount, String reason,
            boolean asJson, Optional<Path> passwordFile) {
        String command = "till session cash-" + direction.word();
        Optional<CashMoveServer> moves;
        try {
            moves = server.cashMoves(context.dataDir(), passwordFile);
        } catch (ConfiguredServer.Unusable e) {
            context.err().println(command + ": " + e.getMessage());
            return SessionCommand.CONFIGURATION;
        }
        if (moves.isEmpty()) {
            context.err().println(command + ": no server is configured for " + context.dataDir()
                    + ": run till setup first");
            return SessionCommand.CONFIGURATION;
        }
        CashMove move;
        try {
            move = new CashMoveBook(store.cashMoves(), clock, () -> { }).record(catalog.settings().sessionId(),
                    direction, amount, reason);
        } catch (IllegalArgumentException e) {
            context.err().println(command + ": " + e.getMessage());
            return 2;
        }
        new CashMoveSender(store.cashMoves(), moves.get(), clock, SenderOptions.DEFAULT_SETTLE, Backoff.standard())
                .round();
        CashMove after = find(store, move);
        if (asJson) {
            context.out().println(json(after));
        }
        if (after.confirmed()) {
            if (!asJson) {
                context.out().println("cash " + direction.word() + " " + ZReport.money(amount) + " (" + after.ref()
                        + ") sent to the server");
            }
            return 0;
        }
        context.err().println(command + ": the cash move " + after.ref() + " is recorded on this till but not"
                + " confirmed by the server (" + after.state().word() + (after.lastError().isEmpty() ? ""
                : ": " + after.lastError()) + "). " + (after.state().word().equals("rejected")
                ? "The server refused it; see to it in Odoo." : "The till sends it when the server is reached"
                + " (looked up first when the answer was lost); the session cannot be closed until then."));
        return 1;
    }

    private static CashMove find(TillStore store, CashMove move) {
        return store.cashMoves().of(move.sessionId()).stream().filter(m -> m.ref().equals(move.ref())).findFirst()
                .orElse(move);
    }

    /** The keys of docs/closing.md: {@code ref, session, type, amount, reason, at, state, last_error, sent}. */
    private static String json(CashMove move) {
        ObjectNode root = SessionJson.cashMove(MAPPER.createObjectNode(), move);
        root.putObject("session").put("id", move.sessionId());
        root.put("sent", move.confirmed());
        return root.toPrettyString();
    }

    /** The session's cash moves for {@code till session status}. */
    static void print(List<CashMove> moves, PrintStream out) {
        out.println("cash moves: " + moves.size());
        moves.forEach(m -> out.println("  " + m.ref() + "  " + m.at() + "  " + m.direction().word() + "  "
                + ZReport.money(m.amount()) + "  " + m.state().word() + "  " + m.reason()
                + (m.lastError().isEmpty() ? "" : "  " + m.lastError())));
    }
}
