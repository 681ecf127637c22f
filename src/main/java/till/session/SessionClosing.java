package till.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.catalog.PaymentMethod;

/**
 * Closing a POS session safely: the figures come from the till's own store, and the session is closed on the server
 * only when every one of its orders is confirmed there, because Odoo files orders that arrive after the close into a
 * rescue session that accountants must untangle. The refusal needs no network. A manager may override it with a
 * written reason, which is logged. Blocks on the disk and the network (never call it on the JavaFX thread).
 * Thread-safe.
 */
public final class SessionClosing {

    private static final Logger LOG = LoggerFactory.getLogger(SessionClosing.class);

    private final SessionOrders orders;
    private final SessionServer server;
    private final Clock clock;
    private final CashMoves cashMoves;

    /** A closing that knows no cash moves. */
    public SessionClosing(SessionOrders orders, SessionServer server, Clock clock) {
        this(orders, CashMoves.NONE, server, clock);
    }

    /** @param cashMoves the till's cash ins and outs: counted in the expected cash, and unsent ones block a close */
    public SessionClosing(SessionOrders orders, CashMoves cashMoves, SessionServer server, Clock clock) {
        this.orders = orders;
        this.server = server;
        this.clock = clock;
        this.cashMoves = cashMoves;
    }

    /** The session as the server sees it (its name, state and opening cash). */
    public ServerSession session(long sessionId) throws ClosingException {
        return server.session(sessionId);
    }

    /** The session's figures from the store now, with this opening cash. */
    public SessionFigures figures(long sessionId, BigDecimal openingCash, List<PaymentMethod> methods) {
        return SessionFigures.of(sessionId, openingCash, methods, orders.of(sessionId), cashMoves.of(sessionId));
    }

    /**
     * Closes the session unless one of its orders is unconfirmed. The store is read again here, so an order paid
     * after the screen opened counts; the server is asked only once the till's own orders allow the close.
     *
     * @param countedCash    the cash counted; empty: the cash expected (no difference)
     * @param overrideReason a manager's written reason to close with unsent orders; empty (or blank) to refuse then
     * @throws ClosingException when the server could not be asked, refused, or the session is closed already
     */
    public ClosingOutcome close(long sessionId, List<PaymentMethod> methods, Optional<BigDecimal> countedCash,
                                String note, Optional<String> overrideReason) throws ClosingException {
        SessionFigures mine = figures(sessionId, BigDecimal.ZERO, methods);
        boolean overridden = overrideReason.filter(r -> !r.isBlank()).isPresent();
        if (!mine.allConfirmed() && !overridden) {
            LOG.info("session {} not closed: {} of its orders and {} of its cash moves are not confirmed by the"
                    + " server", sessionId, mine.unsent().size(), mine.unsentCashMoves().size());
            return new ClosingOutcome.Refused(mine.unsent(), mine.unsentCashMoves());
        }
        ServerSession session = server.session(sessionId);
        if (session.closed()) {
            throw new ClosingException(ClosingException.Kind.REFUSED, "Session " + session.name() + " is already "
                    + session.state().replace('_', ' ') + " on the server.", null);
        }
        SessionFigures figures = figures(sessionId, session.openingCash(), methods);
        if (!figures.allConfirmed()) {
            List<String> uids = new ArrayList<>(figures.unsent().stream().map(UnsentOrder::uid).toList());
            figures.unsentCashMoves().forEach(m -> uids.add(m.ref()));
            LOG.warn("session {} is being closed by a manager's override with {} orders or cash moves not confirmed by"
                    + " the server {}: {}", session.name(), uids.size(), uids, overrideReason.orElse(""));
        }
        BigDecimal counted = countedCash.orElse(figures.expectedCash());
        List<Long> banks = figures.methods().stream().filter(m -> !m.cash() && m.methodId() != 0)
                .map(MethodTotal::methodId).toList();
        server.close(new ClosingRequest(sessionId, counted, banks, note));
        LOG.info("session {} closed on the server: {} orders, cash counted {} (expected {})", session.name(),
                figures.orderCount(), counted, figures.expectedCash());
        return new ClosingOutcome.Closed(new ZReport(session.name(), clock.instant(), figures, counted,
                note == null ? "" : note, figures.allConfirmed() ? "" : overrideReason.orElse("")));
    }
}
