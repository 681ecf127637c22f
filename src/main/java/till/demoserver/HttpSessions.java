package till.demoserver;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Odoo's session store as 14/15 behave: every request gets a {@code session_id}, login rotates it, and a request
 * refused as "Session expired" is given a fresh one (Surprise 1). Thread-safe.
 */
final class HttpSessions {

    /** The logged-in user's time of login; {@code null} for an anonymous session. */
    private record State(Instant loggedInAt) {
    }

    private static final State ANONYMOUS = new State(null);

    private final Map<String, State> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Faults faults;

    HttpSessions(Clock clock, Faults faults) {
        this.clock = clock;
        this.faults = faults;
    }

    /** The id this request runs under: the one sent (werkzeug keeps an unknown id), or a new one. */
    String adopt(String sent) {
        if (sent == null || !sent.matches("[0-9A-Za-z_-]{1,128}")) {
            return fresh();
        }
        sessions.putIfAbsent(sent, ANONYMOUS);
        return sent;
    }

    /** Whether the store still holds this session, logged in or not (a websocket's 4001 check). */
    boolean exists(String id) {
        return id != null && sessions.containsKey(id);
    }

    /** The id a websocket runs under: the one sent when known (17 keeps even an unknown one), else a new one. */
    String forWebsocket(String sent, boolean keepUnknown) {
        if (sent != null && (sessions.containsKey(sent) || keepUnknown)) {
            return adopt(sent);
        }
        return fresh();
    }

    boolean loggedIn(String id) {
        State state = sessions.get(id);
        if (state == null || state.loggedInAt() == null) {
            return false;
        }
        long ttl = faults.get(FaultKind.SESSION_TTL).map(f -> f.number(0)).orElse(-1L);
        return ttl < 0 || clock.instant().isBefore(state.loggedInAt().plus(Duration.ofSeconds(ttl)));
    }

    /** Logs in under a new id (the old one is dropped) and returns the new id. */
    String login(String oldId) {
        sessions.remove(oldId);
        String id = newId();
        sessions.put(id, new State(clock.instant()));
        return id;
    }

    /** After a "Session expired" answer: the old id is forgotten and a new anonymous one is handed out. */
    String renew(String oldId) {
        sessions.remove(oldId);
        return fresh();
    }

    /** Forgets every session, as a server restart with a wiped session store would. */
    void expireAll() {
        sessions.clear();
    }

    private String fresh() {
        String id = newId();
        sessions.put(id, ANONYMOUS);
        return id;
    }

    private String newId() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
