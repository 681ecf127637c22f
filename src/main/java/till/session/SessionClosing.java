package till.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.catalog.PaymentMethod;

/**
 * Closing a POS session safely: the figures come from the till's own store, and the session is closed on the server
 * only when every one of its orders is confirmed there, because Odoo files orders that arrive after the close into a
 * rescue session that accountants must untangle. A manager may override that with a written reason, which is logged.
 * Blocks on the disk and the network (never call it on the JavaFX thread). Thread-safe.
 */
public final class SessionClosing {

    private static final Logger LOG = LoggerFactory.getLogger(SessionClosing.class);

    private final SessionOrders orders;
    private final SessionServer server;
    private final Clock clock;

    public SessionClosing(SessionOrders orders, SessionServer server, Clock clock) {
        this.orders = orders;
        this.server = server;
        this.clock = clock;
    }

    /** The session's figures now, with the opening cash as the server counted it. */
    public SessionFigures figures(ServerSession session, List<PaymentMethod> methods) {
        return SessionFigures.of(session.id(), session.openingCash(), methods, orders.of(session.id()));
    }

    /** The session as the server sees it (its name, state and opening cash). */
    public ServerSession session(long sessionId) throws ClosingException {
        return server.session(sessionId);
    }

    /**
     * Closes the session unless one of its orders is unconfirmed; the store is read again here, so an order paid
     * after the screen opened counts.
     *
     * @param overrideReason a manager's written reason to close with unsent orders; empty to refuse then
     */
    public ClosingOutcome close(ServerSession session, List<PaymentMethod> methods, BigDecimal countedCash,
                                String note, Optional<String> overrideReason) throws ClosingException {
        SessionFigures figures = figures(session, methods);
        if (!figures.allConfirmed()) {
            if (overrideReason.isEmpty() || overrideReason.get().isBlank()) {
                LOG.info("session {} not closed: {} orders are not confirmed by the server", session.name(),
                        figures.unsent().size());
                return new ClosingOutcome.Refused(figures.unsent());
            }
            LOG.warn("session {} closed by a manager's override with {} unconfirmed orders ({}): {}",
                    session.name(), figures.unsent().size(), figures.unsent().stream().map(UnsentOrder::uid).toList(),
                    overrideReason.get());
        }
        List<Long> banks = figures.methods().stream().filter(m -> !m.cash() && m.methodId() != 0)
                .map(MethodTotal::methodId).toList();
        server.close(new ClosingRequest(session.id(), countedCash, banks, note));
        LOG.info("session {} closed on the server: {} orders, cash counted {} (expected {})", session.name(),
                figures.orderCount(), countedCash, figures.expectedCash());
        return new ClosingOutcome.Closed(new ZReport(session.name(), clock.instant(), figures, countedCash,
                note == null ? "" : note, overrideReason.orElse("")));
    }
}
