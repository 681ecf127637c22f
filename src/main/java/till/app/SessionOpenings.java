package till.app;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.catalog.Catalog;
import till.catalog.Currency;
import till.closing.OpeningViewModel;
import till.fx.Async;
import till.sell.MoneyFormat;
import till.session.ClosingException;
import till.session.Denominations;
import till.session.ServerSession;
import till.session.SessionOpening;
import till.session.SessionServer;

/**
 * The till's side of opening the next POS session: the opening screen's model, whether the screen is due at start
 * (the configuration's session waits for its count, or none is open), and the switch to the opened session, which is
 * a new login of the push channel: it loads the new session's catalog, and the register pays every next order in
 * that session (decision 0216). Thread-safe.
 */
final class SessionOpenings {

    private static final Logger LOG = LoggerFactory.getLogger(SessionOpenings.class);

    private final Optional<SessionServer> server;
    private final Optional<TillBackend> backend;
    private final Supplier<Catalog> catalog;
    private final Executor io;
    private final BigDecimal noteThreshold;
    /** What runs once the register sells on a session (its id): the opening screen waits for the switch. */
    private final Map<Runnable, Long> waits = new ConcurrentHashMap<>();

    /** @param io where the server is asked (the status I/O thread) */
    SessionOpenings(Optional<SessionServer> server, Optional<TillBackend> backend, Supplier<Catalog> catalog,
                    Executor io, BigDecimal noteThreshold) {
        this.server = server;
        this.backend = backend;
        this.catalog = catalog;
        this.io = io;
        this.noteThreshold = noteThreshold;
    }

    /**
     * A fresh opening screen model, or empty when no server can open a session.
     *
     * @param opened told the id of the session the server opened, on the FX thread
     * @param locale the till's language
     */
    Optional<OpeningViewModel> model(Executor ui, LongConsumer opened, Locale locale) {
        if (server.isEmpty() || backend.isEmpty()) {
            return Optional.empty();
        }
        Currency currency = catalog.get().settings().currency();
        return Optional.of(new OpeningViewModel(new SessionOpening(server.get()), Denominations.of(currency.name()),
                noteThreshold, opened, new Async(io, ui), locale, new MoneyFormat(currency, locale)::format));
    }

    /**
     * Asks the server, off the FX thread, whether the configuration's session waits for its opening count or none is
     * open; then runs {@code show} on {@code ui}. Does nothing when the server cannot be asked (the icons say why).
     */
    void whenDue(Executor ui, Runnable show) {
        if (server.isEmpty() || backend.isEmpty()) {
            return;
        }
        io.execute(() -> {
            try {
                Optional<ServerSession> current = server.get().current();
                if (current.isEmpty() || current.get().openingControl()) {
                    LOG.info("the POS configuration's session is {}: the opening screen shows", current
                            .map(ServerSession::state).orElse("not open"));
                    ui.execute(show);
                }
            } catch (ClosingException e) {
                LOG.info("cannot ask the server for the session to open: {}", e.getMessage());
            }
        });
    }

    /**
     * The server opened session {@code sessionId}: the till logs in to it again, and {@code then} runs on {@code ui}
     * once the register sells on it (its catalog names that session), at once when it does already.
     */
    void sellOn(long sessionId, Executor ui, Runnable then) {
        waits.put(then, sessionId);
        if (catalog.get().settings().sessionId() == sessionId && waits.remove(then) != null) {
            ui.execute(then);
        }
        backend.ifPresent(TillBackend::sessionOpened);
    }

    /** A catalog was just stored: the waits for its session run. On the storing thread. */
    void catalogChanged(Catalog fresh, Executor ui) {
        waits.forEach((then, id) -> {
            if (id == fresh.settings().sessionId() && waits.remove(then) != null) {
                LOG.info("the till sells on session {} now", id);
                ui.execute(then);
            }
        });
    }
}
