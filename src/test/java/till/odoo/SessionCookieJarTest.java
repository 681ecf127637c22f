package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.Cookie;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The jar keeps the newest {@code session_id} and sends it to every address of the server. */
class SessionCookieJarTest {

    private static final HttpUrl MAIN = HttpUrl.get("http://shop.example.com:8069/web/session/authenticate");
    private static final HttpUrl PUSH = HttpUrl.get("http://shop.example.com:8072/longpolling/poll");

    @Test
    void theNewestSessionIdWinsAndAnAnswerWithoutOneKeepsIt() {
        SessionCookieJar jar = new SessionCookieJar();

        jar.saveFromResponse(MAIN, List.of(Cookie.parse(MAIN, "session_id=old; Path=/")));
        jar.saveFromResponse(MAIN, List.of(Cookie.parse(MAIN, "session_id=rotated; HttpOnly; Path=/")));
        jar.saveFromResponse(MAIN, List.of());

        assertThat(jar.loadForRequest(PUSH)).extracting(Cookie::value).containsExactly("rotated");
    }

    @Test
    void nothingIsSentBeforeTheFirstSessionOrAfterForgetting() {
        SessionCookieJar jar = new SessionCookieJar();
        assertThat(jar.loadForRequest(MAIN)).isEmpty();

        jar.saveFromResponse(MAIN, List.of(Cookie.parse(MAIN, "session_id=abc; Path=/")));
        jar.forget();

        assertThat(jar.loadForRequest(MAIN)).isEmpty();
    }
}
