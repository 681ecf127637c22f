package till.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.outbox.FailureKind;

class LogMasksTest {

    private final LogMasks masks = LogMasks.patterns();

    @Test
    void aSessionCookieHeaderIsHiddenWhole() {
        assertThat(masks.mask("sent Cookie: session_id=4f1a9c2e77; frontend_lang=en"))
                .isEqualTo("sent Cookie: ****")
                .doesNotContain("4f1a9c2e77");
        assertThat(masks.mask("Set-Cookie: session_id=abc123def; HttpOnly; Path=/")).isEqualTo("Set-Cookie: ****");
    }

    @Test
    void credentialsInAnAuthorizationOrSessionHeaderAreHiddenWhole() {
        assertThat(masks.mask("request had Authorization: Basic YWRtaW46YWRtaW4=")).isEqualTo("request had"
                + " Authorization: ****");
        assertThat(masks.mask("proxy-authorization: Bearer abc.def.ghi")).isEqualTo("proxy-authorization: ****");
        assertThat(masks.mask("X-Openerp-Session-Id: 4f1a9c2e77")).isEqualTo("X-Openerp-Session-Id: ****");
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
    void aPasswordFieldIsHiddenWholeEvenWithEscapedQuotesOrInsideAnotherJsonString() {
        assertThat(masks.mask("{\"password\": \"a\\\"b c\", \"db\": \"shop\"}"))
                .isEqualTo("{\"password\": \"****\", \"db\": \"shop\"}");
        assertThat(masks.mask("{\"body\": \"{\\\"password\\\": \\\"s3cret word\\\"}\"}"))
                .isEqualTo("{\"body\": \"{\\\"password\\\": \\\"****\\\"}\"}");
        assertThat(masks.mask("db_password = s3cret admin_passwd=m4ster"))
                .isEqualTo("db_password = **** admin_passwd=****");
    }

    @Test
    void withThePasswordAdminTheAdviceKeepsItsWordsAndThePasswordFieldIsHidden(@TempDir Path dataDir)
            throws Exception {
        Files.writeString(dataDir.resolve("till.password"), "admin\n");
        LogMasks forTill = LogMasks.forDataDir(dataDir);
        String advice = "orders RUNNING -> FAILING (" + FailureKind.AUTHENTICATION.advice() + ")";

        assertThat(forTill.mask(advice)).isEqualTo(advice).contains("the admin must re-enter the password");
        assertThat(forTill.mask("POST /web/session/authenticate {\"db\": \"demo\", \"login\": \"admin\","
                + " \"password\": \"admin\"}")).isEqualTo("POST /web/session/authenticate {\"db\": \"demo\","
                + " \"login\": \"admin\", \"password\": \"****\"}");
    }

    @Test
    void theUserInfoOfAnAddressIsHidden() {
        assertThat(masks.mask("connecting to https://ann:s3cr3t@shop.example.com/web"))
                .isEqualTo("connecting to https://ann:****@shop.example.com/web");
    }

    @Test
    void ordinaryLinesAreUntouched() {
        String line = "push channel GREEN -> RED (The server cannot be reached: connection refused.)";
        assertThat(masks.mask(line)).isEqualTo(line);
    }
}
