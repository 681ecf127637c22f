package till.closing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import till.session.ClosingException;
import till.session.ClosingRequest;
import till.session.ServerSession;
import till.session.SessionServer;

/** A server with one open session that records the closes it was asked for, and refuses when told. Thread-safe. */
final class FakeSessionServer implements SessionServer {

    final List<ClosingRequest> closes = new ArrayList<>();
    private final BigDecimal openingCash;
    private volatile String state = "opened";
    private volatile Optional<String> refusal = Optional.empty();

    FakeSessionServer(BigDecimal openingCash) {
        this.openingCash = openingCash;
    }

    void refuse(String words) {
        refusal = Optional.of(words);
    }

    @Override
    public ServerSession session(long sessionId) {
        return new ServerSession(sessionId, "POS/0000" + sessionId, state, openingCash);
    }

    @Override
    public synchronized void close(ClosingRequest request) throws ClosingException {
        if (refusal.isPresent()) {
            throw new ClosingException(ClosingException.Kind.REFUSED, "The server did not close the session: "
                    + refusal.get(), null);
        }
        closes.add(request);
        state = "closed";
    }
}
