package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The newest {@code session_id} wins, except an answer to a request sent before the latest login. */
class SessionCookiesTest {

    @Test
    void theNewestSessionIdWins() {
        SessionCookies cookies = new SessionCookies();

        cookies.offer("anonymous", 0, false);
        cookies.offer("rotated", 0, false);

        assertThat(cookies.valueForTest()).isEqualTo("rotated");
    }

    @Test
    void aLateAnswerFromBeforeTheLoginCannotReplaceTheLoggedInSession() {
        SessionCookies cookies = new SessionCookies();
        cookies.offer("expired-renewal-1", 0, false);
        long sentBeforeLogin = cookies.generation();

        cookies.offer("logged-in", sentBeforeLogin, true);
        cookies.offer("expired-renewal-2", sentBeforeLogin, false);

        assertThat(cookies.valueForTest()).isEqualTo("logged-in");
    }

    @Test
    void nothingIsHeldBeforeTheFirstAnswerOrAfterForgetting() {
        SessionCookies cookies = new SessionCookies();
        assertThat(cookies.holdsSession()).isFalse();

        cookies.offer("abc", 0, false);
        cookies.forget();

        assertThat(cookies.holdsSession()).isFalse();
    }
}
