package till.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogMasksTest {

    private final LogMasks masks = LogMasks.patterns().withSecret("Corr3ct-Horse");

    @Test
    void aSessionCookieHeaderIsHiddenWhole() {
        assertThat(masks.mask("sent Cookie: session_id=4f1a9c2e77; frontend_lang=en"))
                .isEqualTo("sent Cookie: ****")
                .doesNotContain("4f1a9c2e77");
        assertThat(masks.mask("Set-Cookie: session_id=abc123def; HttpOnly; Path=/")).isEqualTo("Set-Cookie: ****");
    }

    @Test
    void aSessionIdAsKeyAndValueIsHiddenButThePosSessionIdIsNot() {
        assertThat(masks.mask("login ok session_id=4f1a9c2e77&x=1")).isEqualTo("login ok session_id=****&x=1");
        assertThat(masks.mask("{\"session_id\": \"4f1a9c2e77\", \"pos_session_id\": 12}"))
                .isEqualTo("{\"session_id\": \"****\", \"pos_session_id\": 12}");
    }

    @Test
    void passwordPinSecretAndTokenValuesAreHidden() {
        assertThat(masks.mask("params {\"login\": \"ann\", \"password\": \"hunter 2\"}"))
                .isEqualTo("params {\"login\": \"ann\", \"password\": \"****\"}");
        assertThat(masks.mask("pin=1234 token: abc.def secret=xyz")).isEqualTo("pin=**** token: **** secret=****");
        assertThat(masks.mask("password.keep=true")).isEqualTo("password.keep=true");
        assertThat(masks.mask("kiosk.pin=2468 pin_hash: 9f8e")).isEqualTo("kiosk.pin=**** pin_hash: ****");
    }

    @Test
    void theKeptPasswordIsHiddenWhereverItAppears() {
        assertThat(masks.mask("Odoo said: wrong login for Corr3ct-Horse!"))
                .isEqualTo("Odoo said: wrong login for ****!");
    }

    @Test
    void theUserInfoOfAnAddressIsHidden() {
        assertThat(masks.mask("connecting to https://ann:s3cr3t@shop.example.com/web"))
                .isEqualTo("connecting to https://ann:****@shop.example.com/web");
    }

    @Test
    void veryShortSecretsAreNotMaskedByValueSoLinesStayReadable() {
        assertThat(LogMasks.patterns().withSecret("ab").mask("about a tab")).isEqualTo("about a tab");
    }

    @Test
    void ordinaryLinesAreUntouched() {
        String line = "push channel GREEN -> RED (The server cannot be reached: connection refused.)";
        assertThat(masks.mask(line)).isEqualTo(line);
    }
}
