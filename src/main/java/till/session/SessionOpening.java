package till.session;

import java.math.BigDecimal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening the next POS session with an opening cash count, as each version's POS does: the configuration's next
 * session is created (the dashboard's button) when none is open, and the session in {@code opening_control} gets the
 * counted cash, which opens it. A session already open past its count is left as it is. Blocks on the network (never
 * call it on the JavaFX thread). Thread-safe.
 */
public final class SessionOpening {

    private static final Logger LOG = LoggerFactory.getLogger(SessionOpening.class);

    private final SessionServer server;

    public SessionOpening(SessionServer server) {
        this.server = server;
    }

    /**
     * The session to open, created on the server when none is open (as the web POS's "Open Session" does, so the
     * server reports the opening cash it expects); what the opening screen shows.
     *
     * @param created whether this call created it
     */
    public record Next(ServerSession session, boolean created) {

        /** Whether its opening cash is still to be counted. */
        public boolean needsCount() {
            return session.openingControl();
        }
    }

    /** The session to open: the current one, or a new one created now. */
    public Next next() throws ClosingException {
        Optional<ServerSession> current = server.current();
        if (current.isPresent()) {
            return new Next(current.get(), false);
        }
        server.create();
        ServerSession created = server.current().orElseThrow(() -> new ClosingException(
                ClosingException.Kind.REFUSED, "The server created no session for this POS configuration.", null));
        LOG.info("session {} created on the server ({})", created.name(), created.state());
        return new Next(created, true);
    }

    /**
     * Opens the next session with this cash count; a session already open before this call is refused.
     *
     * @param counted the cash counted; empty: the cash the server expects (no difference)
     */
    public OpeningOutcome open(Optional<BigDecimal> counted, String note) throws ClosingException {
        Next next = next();
        ServerSession session = next.session();
        BigDecimal expected = session.openingCash();
        if (!next.needsCount()) {
            if (!next.created()) {
                LOG.info("session {} not opened: it is already {}", session.name(), session.state());
                return new OpeningOutcome.AlreadyOpen(session);
            }
            // 14 without cash control opens the session as it creates it: there is no count to send.
            return new OpeningOutcome.Opened(session, expected, expected, note == null ? "" : note);
        }
        BigDecimal cash = counted.orElse(expected);
        server.open(new OpeningRequest(session.id(), cash, note));
        ServerSession opened = server.session(session.id());
        LOG.info("session {} opened on the server: opening cash {} (expected {})", opened.name(), cash, expected);
        return new OpeningOutcome.Opened(opened, expected, cash, note == null ? "" : note);
    }
}
