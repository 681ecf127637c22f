package till.odoo;

import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Holds Odoo's {@code session_id} cookie and sends it on every request to the server (main and push address).
 * The newest value wins (14 and 15 rotate it at login and after a code-100 error; 17 sets it only when it changes),
 * with one exception that concurrent calls need: a login starts a new generation, and an answer to a request sent
 * before that login can no longer replace the cookie. Otherwise a late code-100 answer would swap the fresh login
 * for the anonymous session it carries. The value is never logged. Thread-safe.
 */
final class SessionCookies implements Interceptor {

    static final String NAME = "session_id";
    static final String LOGIN_ROUTE = "/web/session/authenticate";

    /** The cookie value (null before the first) and the number of logins that set it. */
    private record Held(String value, long generation) {
    }

    private Held held = new Held(null, 0);

    @Override
    public Response intercept(Chain chain) throws IOException {
        Held sent = held();
        Request request = chain.request();
        if (sent.value() != null) {
            request = request.newBuilder().header("Cookie", NAME + "=" + sent.value()).build();
        }
        Response response = chain.proceed(request);
        String fresh = sessionId(response.headers("Set-Cookie"));
        if (fresh != null) {
            offer(fresh, sent.generation(), request.url().encodedPath().equals(LOGIN_ROUTE));
        }
        return response;
    }

    /** Takes a value an answer set, unless a login happened after that request was sent. */
    synchronized void offer(String value, long sentGeneration, boolean login) {
        if (login) {
            held = new Held(value, held.generation() + 1);
        } else if (held.generation() == sentGeneration) {
            held = new Held(value, sentGeneration);
        }
    }

    synchronized Held held() {
        return held;
    }

    /** Whether a session id is held (the id itself never leaves this class except in requests). */
    boolean holdsSession() {
        return held().value() != null;
    }

    /** The value sent with the next request, for tests of this class only. */
    String valueForTest() {
        return held().value();
    }

    long generation() {
        return held().generation();
    }

    synchronized void forget() {
        held = new Held(null, held.generation() + 1);
    }

    private static String sessionId(List<String> setCookies) {
        for (String header : setCookies) {
            String first = header.split(";", 2)[0].trim();
            if (first.startsWith(NAME + "=") && first.length() > NAME.length() + 1) {
                return first.substring(NAME.length() + 1);
            }
        }
        return null;
    }
}
