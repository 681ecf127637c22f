package till.demoserver;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer before faults are applied: status, content type, body, and the session id to set as a cookie
 * ({@code null}: no {@code Set-Cookie}). Immutable.
 */
record Reply(int status, String contentType, byte[] body, String sessionId) {

    static final String JSON = "application/json";
    static final String HTML = "text/html;charset=utf-8";

    static Reply json(int status, byte[] body, String sessionId) {
        return new Reply(status, JSON, body, sessionId);
    }

    static Reply json(int status, String contentType, byte[] body, String sessionId) {
        return new Reply(status, contentType, body, sessionId);
    }

    static Reply html(int status, String body, String sessionId) {
        return new Reply(status, HTML, body.getBytes(StandardCharsets.UTF_8), sessionId);
    }

    Reply withBody(String newContentType, byte[] newBody) {
        return new Reply(status, newContentType, newBody, sessionId);
    }
}
