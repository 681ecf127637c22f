package till.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import till.catalog.Catalog;
import till.session.CashMove;
import till.session.ClosingException;
import till.session.ClosingOutcome;
import till.session.OrderHistory;
import till.session.OpeningOutcome;
import till.session.ServerSession;
import till.session.SessionClosing;
import till.session.SessionOpening;
import till.session.SessionFigures;
import till.session.SessionServer;
import till.session.UnsentOrder;
import till.session.ZReport;
import till.setup.SetupFailure;
import till.store.StoreException;
import till.store.TillStore;

/**
 * {@code till session status [--json]}, {@code till session close [--counted-cash AMOUNT] [--note TEXT] [--json]} and
 * {@code till session open [--counted-cash AMOUNT] [--note TEXT] [--json]}: the POS session's figures from the till's
 * own orders, closing it on the server as the web POS of its version does, refused (exit 4, listing them) while any
 * order or cash move of the session is not confirmed by the server, and opening the next one with its opening cash.
 * {@code till session cash-in|cash-out AMOUNT --reason TEXT [--json]} record a cash move and send it
 * ({@link SessionCashMoves}); {@code till session orders} lists the session's orders ({@link SessionOrderList}). Exit
 * codes: 0 done, 1 the server failed or refused (its words), 2 usage, 3 configuration, 4 unsent orders or cash moves,
 * 5 a session is already open (open). Needs the store, so not while a till runs on the data directory (that till's
 * screens close and open the session). Confined to the thread that runs the command line. Over 250 lines: one method
 * per subcommand and their printing, which read best together.
 */
@Command(name = "session", description = "status [--json] | close [--counted-cash AMOUNT] [--note TEXT] [--json] |"
        + " open [--counted-cash AMOUNT] [--note TEXT] [--json] | cash-in|cash-out AMOUNT --reason TEXT [--json] |"
        + " orders [--search TEXT] [--json]: the POS session's expected amounts and unsent orders; close it on the"
        + " server once every order arrived; open the next one with its opening cash; money put into or taken out of"
        + " the drawer; the session's orders")
final class SessionCommand {

    static final int CONFIGURATION = 3;
    static final int UNSENT = 4;
    static final int ALREADY_OPEN = 5;

    private final CommandContext context;
    private final ConfiguredServer server;
    private final Clock clock;

    SessionCommand(CommandContext context, ConfiguredServer server, Clock clock) {
        this.context = context;
        this.server = server;
        this.clock = clock;
    }

    @Command(name = "status", description = "the session, what each payment method should hold, the unsent orders")
    int status(@Option(names = "--json", description = "one JSON object, with the keys of docs/closing.md")
               boolean asJson,
               @Option(names = "--password-file", paramLabel = "FILE",
                       description = "a file with the password, when it was not kept") Path passwordFile) {
        return withStore("status", (store, catalog) -> {
            long id = catalog.settings().sessionId();
            Optional<SessionServer> sessions = sessions(passwordFile, "status");
            String problem = sessions.isEmpty() ? "no server is configured" : "";
            ServerSession session = new ServerSession(id, "#" + id, "unknown", BigDecimal.ZERO);
            if (sessions.isPresent()) {
                try {
                    session = sessions.get().session(id);
                } catch (ClosingException e) {
                    problem = e.getMessage();
                }
            }
            Optional<ServerSession> current = Optional.empty();
            if (sessions.isPresent() && problem.isEmpty()) {
                try {
                    current = sessions.get().current();
                } catch (ClosingException e) {
                    problem = e.getMessage();
                }
            }
            SessionFigures figures = closing(store, sessions).figures(id, session.openingCash(),
                    catalog.paymentMethods());
            if (asJson) {
                context.out().println(SessionJson.status(session.name(), session.state(), figures, problem,
                        current));
            } else {
                printStatus(session, figures, problem, context.out());
                printCurrent(id, current, problem.isEmpty(), context.out());
            }
            return 0;
        });
    }

    @Command(name = "close", description = "close the session on the server and print the Z report; refused (exit"
            + " 4) while any of its orders is not confirmed by the server")
    int close(@Option(names = "--counted-cash", paramLabel = "AMOUNT", converter = Amount.class,
                      description = "the cash counted in the drawer (default: the cash expected)") BigDecimal counted,
              @Option(names = "--note", paramLabel = "TEXT", defaultValue = "",
                      description = "the closing note") String note,
              @Option(names = "--json", description = "the Z report (or the refusal) as one JSON object, with the"
                      + " keys of docs/closing.md") boolean asJson,
              @Option(names = "--password-file", paramLabel = "FILE",
                      description = "a file with the password, when it was not kept") Path passwordFile) {
        return withStore("close", (store, catalog) -> {
            Optional<SessionServer> sessions = sessions(passwordFile, "close");
            if (sessions.isEmpty()) {
                return CONFIGURATION;
            }
            long id = catalog.settings().sessionId();
            try {
                ClosingOutcome outcome = closing(store, sessions).close(id, catalog.paymentMethods(),
                        Optional.ofNullable(counted), note, Optional.empty());
                if (outcome instanceof ClosingOutcome.Refused refused) {
                    return refuse(id, refused, asJson);
                }
                ZReport report = ((ClosingOutcome.Closed) outcome).report();
                context.out().println(asJson ? SessionJson.closed(report) : String.join(System.lineSeparator(),
                        report.lines()));
                return 0;
            } catch (ClosingException e) {
                context.err().println("till session close: " + e.getMessage());
                return e.kind() == ClosingException.Kind.MISCONFIGURED ? CONFIGURATION : 1;
            }
        });
    }

    @Command(name = "orders", description = "this session's orders from the till, newest first: reference, uid,"
            + " time, total, sending state, customer")
    int orders(@Option(names = "--search", paramLabel = "TEXT", defaultValue = "",
                       description = "a part of the reference or the customer's name, or an amount (12.50)")
               String search,
               @Option(names = "--json", description = "a JSON array, with the keys of docs/history.md")
               boolean asJson) {
        return withStore("orders", (store, catalog) -> SessionOrderList.print(new OrderHistory(store.sessionOrders())
                .of(catalog.settings().sessionId(), catalog), search, asJson, ZoneId.systemDefault(), context.out()));
    }

    @Command(name = "open", description = "open the POS configuration's next session on the server with its opening"
            + " cash (creating it when none is open), and sell on it; refused (exit 5) when one is already open")
    int open(@Option(names = "--counted-cash", paramLabel = "AMOUNT", converter = Amount.class,
                     description = "the cash counted in the drawer (default: the cash the server expects)")
             BigDecimal counted,
             @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "the opening note")
             String note,
             @Option(names = "--json", description = "the opened session as one JSON object, with the keys of"
                     + " docs/opening.md") boolean asJson,
             @Option(names = "--password-file", paramLabel = "FILE",
                     description = "a file with the password, when it was not kept") Path passwordFile) {
        return withStore("open", (store, catalog) -> {
            Optional<SessionServer> sessions = sessions(passwordFile, "open");
            if (sessions.isEmpty()) {
                return CONFIGURATION;
            }
            OpeningOutcome outcome;
            try {
                outcome = new SessionOpening(sessions.get()).open(Optional.ofNullable(counted), note);
            } catch (ClosingException e) {
                context.err().println("till session open: " + e.getMessage());
                return e.kind() == ClosingException.Kind.MISCONFIGURED ? CONFIGURATION : 1;
            }
            if (outcome instanceof OpeningOutcome.AlreadyOpen open) {
                if (asJson) {
                    context.out().println(SessionJson.alreadyOpen(open.session()));
                }
                context.err().println("till session open: session " + open.session().name() + " (id "
                        + open.session().id() + ") is already " + open.session().state().replace('_', ' ')
                        + " on the server; close it first (till session close).");
                return ALREADY_OPEN;
            }
            OpeningOutcome.Opened opened = (OpeningOutcome.Opened) outcome;
            boolean reloaded = reload(store, Optional.ofNullable(passwordFile));
            context.out().println(asJson ? SessionJson.opened(opened, reloaded) : "Session "
                    + opened.session().name() + " (id " + opened.session().id() + ") is open: opening cash "
                    + ZReport.money(opened.counted()) + " (expected " + ZReport.money(opened.expected())
                    + ", difference " + ZReport.money(opened.difference()) + ")."
                    + (reloaded ? " The till sells on it." : ""));
            return 0;
        });
    }

    /**
     * Points the cached catalog at the new session, so the next order is paid in it; when that fails the session is
     * still open, and the till's next start finds it.
     */
    private boolean reload(TillStore store, Optional<Path> passwordFile) {
        try {
            store.catalogCache().replace(SessionReload.load(context.dataDir(), passwordFile));
            return true;
        } catch (SetupFailure e) {
            context.err().println("till session open: the session is open, but the till's catalog was not reloaded"
                    + " (" + e.getMessage() + "); the till finds the new session when it starts, or run till setup"
                    + " again.");
            return false;
        }
    }

    private static void printCurrent(long tillSession, Optional<ServerSession> current, boolean read,
                                     PrintStream out) {
        if (!read) {
            return;
        }
        if (current.isEmpty()) {
            out.println("the server has no open session for this POS configuration (till session open opens one)");
        } else if (current.get().id() != tillSession) {
            ServerSession next = current.get();
            out.println("the server's open session is " + next.name() + " (id " + next.id() + "), "
                    + next.state().replace('_', ' ') + ", opening cash " + ZReport.money(next.openingCash()));
        }
    }

    private int refuse(long id, ClosingOutcome.Refused refused, boolean asJson) {
        List<UnsentOrder> unsent = refused.unsent();
        if (asJson) {
            context.out().println(SessionJson.refused(id, unsent, refused.unsentCashMoves()));
        }
        PrintStream err = context.err();
        if (!unsent.isEmpty()) {
            err.println("till session close: " + unsent.size() + " orders of session " + id + " are not confirmed by"
                    + " the server, so the session stays open (closed now, Odoo would file them into a rescue"
                    + " session). Send them first (till outbox resend):");
            unsent.forEach(u -> err.println("  " + u.uid() + "  " + u.state().word() + "  "
                    + ZReport.money(u.amount()) + (u.lastError().isEmpty() ? "" : "  " + u.lastError())));
        }
        if (!refused.unsentCashMoves().isEmpty()) {
            err.println("till session close: " + refused.unsentCashMoves().size() + " cash moves of session " + id
                    + " are not confirmed by the server, so the session stays open (the till sends them when the"
                    + " server is reached):");
            refused.unsentCashMoves().forEach(m -> err.println("  " + m.ref() + "  " + m.state().word() + "  "
                    + m.direction().word() + "  " + ZReport.money(m.amount()) + "  " + m.reason()
                    + (m.lastError().isEmpty() ? "" : "  " + m.lastError())));
        }
        return UNSENT;
    }

    @Command(name = "cash-in", description = "record cash put into the drawer (with its reason) and send it to the"
            + " session on the server; exit 1 when not confirmed (it stays recorded and is sent later)")
    int cashIn(@Parameters(paramLabel = "AMOUNT", converter = Amount.class,
                       description = "the amount, e.g. 50 or 12.50") BigDecimal amount,
               @Option(names = "--reason", paramLabel = "TEXT", required = true,
                       description = "why the money goes in") String reason,
               @Option(names = "--json", description = "the cash move as one JSON object (docs/closing.md)")
               boolean asJson,
               @Option(names = "--password-file", paramLabel = "FILE",
                       description = "a file with the password, when it was not kept") Path passwordFile) {
        return cashMove(CashMove.Direction.IN, amount, reason, asJson, passwordFile);
    }

    @Command(name = "cash-out", description = "record cash taken out of the drawer (with its reason) and send it to"
            + " the session on the server; exit 1 when not confirmed (it stays recorded and is sent later)")
    int cashOut(@Parameters(paramLabel = "AMOUNT", converter = Amount.class,
                        description = "the amount, e.g. 50 or 12.50") BigDecimal amount,
                @Option(names = "--reason", paramLabel = "TEXT", required = true,
                        description = "why the money goes out") String reason,
                @Option(names = "--json", description = "the cash move as one JSON object (docs/closing.md)")
                boolean asJson,
                @Option(names = "--password-file", paramLabel = "FILE",
                        description = "a file with the password, when it was not kept") Path passwordFile) {
        return cashMove(CashMove.Direction.OUT, amount, reason, asJson, passwordFile);
    }

    private int cashMove(CashMove.Direction direction, BigDecimal amount, String reason, boolean asJson,
                         Path passwordFile) {
        return withStore("cash-" + direction.word(), (store, catalog) -> new SessionCashMoves(context, server, clock)
                .run(store, catalog, direction, amount, reason, asJson, Optional.ofNullable(passwordFile)));
    }

    private SessionClosing closing(TillStore store, Optional<SessionServer> sessions) {
        return new SessionClosing(store.sessionOrders(), store.cashMoves(), sessions.orElse(null), clock);
    }

    private Optional<SessionServer> sessions(Path passwordFile, String command) {
        try {
            Optional<SessionServer> sessions = server.sessions(context.dataDir(), Optional.ofNullable(passwordFile));
            if (sessions.isEmpty() && !command.equals("status")) {
                context.err().println("till session " + command + ": no server is configured for " + context.dataDir()
                        + ": run till setup first");
            }
            return sessions;
        } catch (ConfiguredServer.Unusable e) {
            context.err().println("till session " + command + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A command's work on the open store and the cached catalog (which names the session and its methods). */
    @FunctionalInterface
    private interface StoreWork {
        int run(TillStore store, Catalog catalog);
    }

    private int withStore(String command, StoreWork work) {
        try (TillStore store = TillStore.open(context.dataDir(), Clock.systemUTC())) {
            Optional<Catalog> catalog = store.catalogCache().load().filter(c -> !c.settings().demo());
            if (catalog.isEmpty()) {
                context.err().println("till session " + command + ": no POS session is known in " + context.dataDir()
                        + ": run till setup first");
                return CONFIGURATION;
            }
            return work.run(store, catalog.get());
        } catch (StoreException e) {
            context.err().println("till session " + command + ": the store cannot be opened (" + e.getMessage()
                    + "). A till running on this data directory closes its session from its Manager menu; or quit"
                    + " it first.");
            return 1;
        }
    }

    private static void printStatus(ServerSession session, SessionFigures figures, String problem, PrintStream out) {
        out.println("session " + session.name() + " (id " + figures.sessionId() + "), " + session.state()
                .replace('_', ' ')
                + (problem.isEmpty() ? "" : " (the server was not read: " + problem + ")"));
        out.println("orders: " + figures.orderCount() + ", total " + ZReport.money(figures.total()));
        out.println("expected per payment method:");
        figures.methods().forEach(m -> out.printf("  %-24s %12s%n", m.name() + (m.cash() ? " (cash)" : ""),
                ZReport.money(m.expected())));
        out.println("cash: opening " + ZReport.money(figures.openingCash()) + ", expected "
                + ZReport.money(figures.expectedCash()));
        out.println("unsent orders: " + figures.unsent().size()
                + (figures.allConfirmed() ? " (the session can be closed)" : ""));
        figures.unsent().forEach(u -> out.println("  " + u.uid() + "  " + u.state().word() + "  "
                + ZReport.money(u.amount()) + (u.lastError().isEmpty() ? "" : "  " + u.lastError())));
        SessionCashMoves.print(figures.cashMoves(), out);
    }

    /** An amount of money: digits with at most one decimal point, not negative. */
    static final class Amount implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            if (!value.matches("\\d{1,12}(\\.\\d{1,8})?")) {
                throw new TypeConversionException(value + " is not an amount (digits, a point, up to 8 decimals)");
            }
            return new BigDecimal(value);
        }
    }
}
