package till.odoo;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * Keeps Odoo's {@code session_id} cookie: always the newest one any answer set (14 and 15 rotate it at login and
 * after a code-100 error; 17 sets it only when it changes), sent to every URL of the one server Till talks to
 * (main and push port). The value is never logged. Thread-safe.
 */
final class SessionCookieJar implements CookieJar {

    static final String NAME = "session_id";

    private final AtomicReference<String> sessionId = new AtomicReference<>();

    @Override
    public void saveFromResponse(HttpUrl url, List<Cookie> cookies) {
        for (Cookie cookie : cookies) {
            if (cookie.name().equals(NAME) && !cookie.value().isEmpty()) {
                sessionId.set(cookie.value());
            }
        }
    }

    @Override
    public List<Cookie> loadForRequest(HttpUrl url) {
        String value = sessionId.get();
        if (value == null) {
            return List.of();
        }
        return List.of(new Cookie.Builder().name(NAME).value(value).hostOnlyDomain(url.host()).path("/").build());
    }

    /** Whether a session id is held (the id itself never leaves this class except in requests). */
    boolean holdsSession() {
        return sessionId.get() != null;
    }

    void forget() {
        sessionId.set(null);
    }
}
